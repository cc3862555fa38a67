m = __import__("math")
print(m.sqrt(16), m.__name__)
op = __import__("os.path")
print(op.__name__)
import importlib
j = importlib.import_module("json")
print(j.dumps([1, {"a": None}]))
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
