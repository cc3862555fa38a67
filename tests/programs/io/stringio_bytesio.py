import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell())
print(repr(s.getvalue()), s.seek(0), repr(s.read(3)), repr(s.readline()), repr(s.read()))
s.seek(0)
print(s.readlines(), s.readable(), s.writable(), s.seekable(), s.closed)
s.seek(2)
s.write("LL")
print(s.getvalue())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
t = io.StringIO("a\nb\nc")
print(list(t), list(t))
t.seek(0)
print([line.strip() for line in t])
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
try:
    c.read()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO(b"x")
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO("abc").seek(1, 1)
except OSError as e:
    print("OSError:", e)
print(io.StringIO("xyz").seek(0, 2))
u = io.StringIO()
print("printed", 1, 2, sep="-", file=u)
u.writelines(["x\n", "y\n"])
print(repr(u.getvalue()))
b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.tell(), b.read(), b.getvalue())
b.seek(0)
print(b.readlines(), b.seek(-2, 2), b.read())
print(b.write(b"XY"), b.write(bytearray(b"Z")), b.getvalue())
b.seek(1)
print(b.read1(2), list(io.BytesIO(b"1\n2\n")))
try:
    b.write("str")
except TypeError as e:
    print("TypeError:", e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print("ValueError:", e)
print(isinstance(io.StringIO(), io.StringIO), type(io.BytesIO()).__name__, io.StringIO, io.UnsupportedOperation.__mro__[1:3])
