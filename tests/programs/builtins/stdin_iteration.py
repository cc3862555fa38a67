import sys
lines = sys.stdin.read().splitlines()
print(len(lines), [l.upper() for l in lines], sum(int(x) for x in lines if x.isdigit()))
