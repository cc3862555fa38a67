class A:
    def __repr__(self): return "A()"
class B:
    def __str__(self): return "B-str"
    def __repr__(self): return "B-repr"
    def __format__(self, spec): return f"B-fmt[{spec}]"
print(A(), str(A()), [A()], B(), [B()], f"{B()}", f"{B():>10}", format(B(), "x"), "{:q}".format(B()), f"{B()!r}", f"{B()!s}")
class C: pass
try:
    format(C(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(C(), "") == str(C()) if False else "ok", type(repr(C())).__name__)
