import sys, io
buf = io.StringIO()
print("into buffer", 42, file=buf)
print("second", file=buf, end="")
print(repr(buf.getvalue()))
sys.stdout.write("direct write\n")
n = sys.stdout.write("abc\n")
print(n)
sys.stderr.write("err line\n")
