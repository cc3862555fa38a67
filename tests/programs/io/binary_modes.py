import os
path = "binary_modes_scratch.tmp"
with open(path, "wb") as f:
    print(repr(f), f.mode, f.name, f.closed)
    print(f.write(b"line one\nline two\n"), f.write(bytearray(b"\x00\xff")), f.tell())
    print(f.writable(), f.readable(), f.seekable())
print(repr(f))
with open(path, "rb") as f:
    print(f.readline(), f.readline(4), f.tell())
    print(f.read(3), f.read(), f.read(), f.tell())
    print(f.seek(-2, 2), f.read())
    print(f.seek(0), f.readlines())
    f.seek(5)
    print(f.seek(-1, 1), f.read(4))
with open(path, "rb") as f:
    print(list(f))
with open(path, "ab") as f:
    print(repr(f), f.mode, f.tell())
    f.write(b"tail")
with open(path, "r+b") as f:
    print(repr(f), f.mode)
    f.write(b"LINE")
    print(f.read(5))
    f.truncate(12)
print(open(path, "rb").read())
with open(path, "w+b") as f:
    print(repr(f), f.mode)
    f.write(b"abc")
    f.seek(0)
    print(f.read())
with open(path, "rb", buffering=0) as f:
    print(repr(f), f.mode, f.read())
print(repr(f))
f = open(path, "rb")
f.close()
for name, op in [("read", f.read), ("readline", f.readline), ("seek", lambda: f.seek(0)),
                 ("tell", f.tell), ("fileno", f.fileno), ("iter", lambda: iter(f)), ("next", lambda: next(f))]:
    try:
        op()
    except ValueError as e:
        print(name, type(e).__name__, e)
with open(path, "rb") as f:
    try:
        f.write(b"x")
    except OSError as e:
        print(type(e).__name__, e)
with open(path, "wb") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
with open(path, "wb") as f:
    f.write(bytes(range(256)))
with open(path, "rb") as f:
    data = f.read()
print(len(data), data[:4], data[-4:], os.path.getsize(path))
with open(path, encoding="latin-1") as f:
    print(len(f.read()))
os.remove(path)
print(os.path.exists(path))
