import sys
print("partial")
sys.stdout.flush()
raise SystemExit(7)
