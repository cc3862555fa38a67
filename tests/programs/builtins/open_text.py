path = "open_text_scratch.tmp"
with open(path, "w") as f:
    print(f.write("line1\nline2\n"), file=None) if False else f.write("line1\nline2\n")
with open(path, "a") as f:
    f.write("line3\n")
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end="")
    print(list(f))
with open(path, "r") as f:
    print([l.rstrip("\n") for l in f], f.closed)
print(f.closed)
import os
os.remove(path)
print(os.path.exists(path))
