class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
class A: pass
class B: pass
class AB(A, B): pass
class BA(B, A): pass
try:
    class Bad(AB, BA): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromInt(int, str): pass
except TypeError as e:
    print("TypeError:", e)
