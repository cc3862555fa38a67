import os
path = "text_modes_scratch.tmp"
with open(path, "w") as f:
    print(repr(f), f.mode, f.name, f.encoding, f.errors, f.closed)
    print(f.write("alpha\nbeta\r\ngamma\rdelta"), f.tell())
    print(f.writable(), f.readable(), f.seekable(), f.isatty())
print(f.closed, repr(f))
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))
    f.seek(0)
    print(f.readlines())
with open(path, newline="\r\n") as f:
    print(f.readlines())
with open(path, newline="\r") as f:
    print(list(f))
with open(path) as f:
    print(repr(f.read(3)), f.tell(), repr(f.readline()), repr(f.readline(2)))
    print(f.seek(0), repr(f.readline()), f.tell())
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(path, "a") as f:
    print(f.tell(), f.write("\nepsilon\n"))
with open(path, "r+") as f:
    f.write("ALPHA")
    f.seek(0)
    print(f.readline(), end="")
    f.seek(0, 2)
    f.write("zeta\n")
with open(path, "w+") as f:
    f.writelines(["one\n", "two\n", "three\n"])
    f.seek(0)
    print(f.read())
    f.seek(4)
    print(f.truncate(), repr(open(path).read()))
with open(path, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café\n"))
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(f.read(), end="")
with open(path, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve\n")
print(open(path).read(), end="")
with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open(path, "rb").read())
try:
    open(path, "w", encoding="ascii").write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
f = open(path)
f.close()
f.close()
for op in (f.read, f.readline, f.tell, lambda: f.write("x"), lambda: iter(f), lambda: f.seek(0)):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
with open(path) as f:
    try:
        f.write("x")
    except OSError as e:
        import io
        print(type(e).__name__, e, isinstance(e, io.UnsupportedOperation), isinstance(e, ValueError))
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
with open(path, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.write(b"x")
    except TypeError as e:
        print("TypeError:", e)
for mode in ("rw", "rr", "rbt", "", "r+w", "U", "z"):
    try:
        open(path, mode)
    except ValueError as e:
        print("ValueError:", e)
for kw in ({"encoding": "utf-8"}, {"newline": ""}, {"errors": "strict"}):
    try:
        open(path, "rb", **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    open(path, newline="x")
except ValueError as e:
    print("ValueError:", e)
try:
    open(path, encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    open(3.5)
except TypeError as e:
    print("TypeError:", e)
try:
    open(".")
except IsADirectoryError as e:
    print("IsADirectoryError:", e, e.errno, e.filename)
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    open("no/such/dir/file.txt", "w")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
with open(path, "x" if False else "w") as f:
    pass
os.remove(path)
with open(path, "x") as f:
    print(repr(f), f.mode)
os.remove(path)
print(os.path.exists(path))
