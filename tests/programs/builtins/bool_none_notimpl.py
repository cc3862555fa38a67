print(bool(), bool(0.0), bool(""), bool([]), bool(" "), bool(None), None is None, type(None)(), NotImplemented.__class__.__name__, Ellipsis, ... is Ellipsis)
class B:
    def __bool__(self): return 1
try:
    bool(B())
except TypeError as e:
    print("TypeError:", e)
