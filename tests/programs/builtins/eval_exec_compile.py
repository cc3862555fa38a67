print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval("len('abc')"))
ns = {}
exec("a = 5\ndef f(): return a + 1\nb = f()", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
code = compile("z = 10 * 3", "<string>", "exec")
loc = {}
exec(code, {}, loc); print(loc)
print(eval(compile("2 ** 8", "<expr>", "eval")))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
print(exec("1"), eval("[i for i in range(3)]"))
