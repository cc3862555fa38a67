import sys
print(1, "a", None, sep="-", end="!\n")
print(sep="x")
print("a", "b", sep="")
print("no newline", end="")
print()
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(3), sep=", ")
print("x", end=None, sep=None)
try:
    print(sep=5)
except TypeError as e:
    print("TypeError:", e)
