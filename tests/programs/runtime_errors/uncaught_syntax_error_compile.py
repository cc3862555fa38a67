print("before")
try:
    compile("x = (1,\n  2 +)\n", "x.py", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
compile("a = 1 +\n", "x.py", "exec")
