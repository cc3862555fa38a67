import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
def d(n): return d(n + 1)
try:
    d(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
