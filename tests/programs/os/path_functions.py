import os
import os.path
from os import path
import posixpath
print(path is os.path, os.path is posixpath, os.path.__name__)
for p in ["a/b/c.txt", "/a/b/", "c.tar.gz", ".bashrc", "..", "/", "", "a//b", "//x", "a/.hidden", "noext", "x/y.", "a.b/c"]:
    print(repr(p), os.path.split(p), os.path.basename(p), repr(os.path.dirname(p)), os.path.splitext(p), os.path.normpath(p), os.path.isabs(p))
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"), os.path.join("", "x"), os.path.join("a", ""))
print(os.path.normpath("/../a/./b/../c//d/"), os.path.normpath("../../x"), os.path.normpath("a/../.."))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), os.path.relpath("/a/b/c", "/a/x"), os.path.relpath("/a", "/a"))
here = os.path.dirname(os.path.abspath(__file__))
print(os.getcwd() == here, os.path.abspath("x") == os.path.join(here, "x"), os.path.realpath(".") == os.path.realpath(here))
print(os.path.expanduser("~") == os.environ.get("HOME", "~"), os.path.expanduser("x/~"))
print(os.sep, repr(os.linesep), os.name, os.devnull, os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep)
d = "scratch_dir_os"
os.mkdir(d)
print(os.path.isdir(d), os.path.isfile(d), os.path.exists(d), os.listdir(d))
with open(os.path.join(d, "f.txt"), "w") as f:
    f.write("12345")
print(os.path.getsize(os.path.join(d, "f.txt")), os.path.isfile(os.path.join(d, "f.txt")))
st = os.stat(os.path.join(d, "f.txt"))
print(st.st_size, st[6], type(st.st_mtime).__name__, type(st[8]).__name__, len(st), st.st_mode & 0o170000 == 0o100000)
os.makedirs(os.path.join(d, "sub", "deeper"))
os.makedirs(os.path.join(d, "sub"), exist_ok=True)
with open(os.path.join(d, "sub", "g.txt"), "w") as f:
    f.write("")
for root, dirs, files in os.walk(d):
    dirs.sort()
    print(root, dirs, sorted(files))
print([r for r, _, _ in os.walk(d, topdown=False)])
os.rename(os.path.join(d, "f.txt"), os.path.join(d, "h.txt"))
os.replace(os.path.join(d, "h.txt"), os.path.join(d, "i.txt"))
print(sorted(os.listdir(d)))
os.chdir(d)
print(os.path.basename(os.getcwd()), sorted(os.listdir()))
os.chdir("..")
os.remove(os.path.join(d, "i.txt"))
os.unlink(os.path.join(d, "sub", "g.txt"))
os.rmdir(os.path.join(d, "sub", "deeper"))
os.rmdir(os.path.join(d, "sub"))
os.rmdir(d)
print(os.path.exists(d))
print("PATH" in os.environ, os.getenv("PYRITE_SURELY_UNSET"), os.getenv("PYRITE_SURELY_UNSET", "dflt"), os.environ.get("LC_ALL"))
print(type(os.getpid()).__name__, os.getpid() > 0, os.cpu_count() >= 1, len(os.urandom(8)), type(os.urandom(0)).__name__)
print(os.fspath("p"), os.fspath(b"q"))
