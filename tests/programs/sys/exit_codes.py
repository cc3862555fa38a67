import sys
try:
    sys.exit(2)
except SystemExit as e:
    print("code", e.code)
print("continuing")
sys.exit(4)
