import sys
try:
    int("abc")
except ValueError as e:
    print("caught:", e, file=sys.stderr)
    print("stdout:", type(e).__name__)
print("end")
