class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1
print(S.a, s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
try: s.c = 1
except AttributeError as e: print("AttributeError:", e)
try: del s.b
except AttributeError as e: print("AttributeError:", e)
try: s.b
except AttributeError as e: print("AttributeError:", e)
s.b = 2; del s.b; print(hasattr(s, "b"))
class T(S):
    __slots__ = ("c",)
t = T(); t.a, t.c = 1, 3
print(t.a, t.c, hasattr(t, "__dict__"))
class U(S): pass
u = U(); u.a = 1; u.z = 2
print(u.a, u.__dict__)
class W:
    __slots__ = ("x", "__dict__")
w = W(); w.x = 1; w.y = 2
print(w.x, w.__dict__)
class One:
    __slots__ = "only"
o = One(); o.only = 5; print(o.only, One.__slots__)
def bad_slots(which):
    if which == 0:
        class X:
            __slots__ = ("a",)
            a = 1
    elif which == 1:
        class X:
            __slots__ = ("1a",)
    elif which == 2:
        class X:
            __slots__ = (1,)
    else:
        class X:
            __slots__ = ("__dict__", "__dict__")
for which in range(4):
    try:
        bad_slots(which)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class A: __slots__ = ("x",)
class B: __slots__ = ("y",)
try:
    class C(A, B): pass
except TypeError as e: print("TypeError:", e)
try:
    class I(int):
        __slots__ = ("v",)
except TypeError as e: print("TypeError:", e)
class E(int):
    __slots__ = ()
print(E(3) + 1 if False else "ok", hasattr(E, "__dict__"))
