import mod
print(mod.__name__, mod.__doc__, type(mod).__name__, hasattr(mod, "__file__"), mod.__file__.endswith("mod.py"))
print(sorted(k for k in dir(mod) if not k.startswith("__")))
mod.added = 5
import mod as again
print(again.added, mod.f())
