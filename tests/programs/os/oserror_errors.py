import os
e = OSError(2, "No such file or directory")
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.filename2, e.args)
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.args, repr(e))
e = OSError(1, "Operation not permitted", "a", None, "b")
print(type(e).__name__, e, e.filename2)
for code in (1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 999):
    print(code, type(OSError(code, "m")).__name__)
print(OSError("just a message"), OSError(), repr(OSError("a", "b", "c", "d", "e", "f")), OSError(5, "x").errno)
print(FileNotFoundError(2, "gone", "f"), type(FileNotFoundError(17, "x")).__name__)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
class MyErr(OSError):
    pass
print(type(MyErr(2, "x")).__name__, MyErr(2, "x", "f"))
def show(f, *a):
    try:
        f(*a)
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.strerror, repr(e.filename), repr(e.filename2))
show(os.remove, "missing_file.tmp")
show(os.rmdir, "missing_dir")
show(os.listdir, "missing_dir")
show(os.stat, "missing_file.tmp")
show(os.rename, "missing_a", "missing_b")
show(os.mkdir, ".")
show(os.chdir, "missing_dir")
show(os.path.getsize, "missing_file.tmp")
show(os.remove, ".")
show(os.makedirs, ".")
try:
    raise FileNotFoundError(2, "No such file or directory", "z")
except OSError as e:
    print(e.errno == 2, e)
open("missing_file_for_traceback.tmp")
