import sys
print("ok")
sys.exit(True)
