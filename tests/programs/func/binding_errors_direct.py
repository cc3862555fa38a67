def f(a, b): pass
def g(a, b=1, *, c): pass
def h(): pass
def k(x, /): pass
class C:
    def m(self, a): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a, *, k): pass
def f2(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
def g2(a, /, **kw): return a, kw
print(g2(1, a=2))
def v(a, *args, b, **kw): pass
def w(a, b, c=1, *, d, e): pass

try:
    f()
    print('f()', 'ok')
except TypeError as e:
    print('f()', '->', e)
try:
    f(1)
    print('f(1)', 'ok')
except TypeError as e:
    print('f(1)', '->', e)
try:
    f(1, 2, 3)
    print('f(1, 2, 3)', 'ok')
except TypeError as e:
    print('f(1, 2, 3)', '->', e)
try:
    f(1, 2, b=3)
    print('f(1, 2, b=3)', 'ok')
except TypeError as e:
    print('f(1, 2, b=3)', '->', e)
try:
    f(1, c=2)
    print('f(1, c=2)', 'ok')
except TypeError as e:
    print('f(1, c=2)', '->', e)
try:
    g()
    print('g()', 'ok')
except TypeError as e:
    print('g()', '->', e)
try:
    g(1)
    print('g(1)', 'ok')
except TypeError as e:
    print('g(1)', '->', e)
try:
    g(1, 2, 3, c=4)
    print('g(1, 2, 3, c=4)', 'ok')
except TypeError as e:
    print('g(1, 2, 3, c=4)', '->', e)
try:
    h(1)
    print('h(1)', 'ok')
except TypeError as e:
    print('h(1)', '->', e)
try:
    h(a=1)
    print('h(a=1)', 'ok')
except TypeError as e:
    print('h(a=1)', '->', e)
try:
    k(x=1)
    print('k(x=1)', 'ok')
except TypeError as e:
    print('k(x=1)', '->', e)
try:
    f(1, 2, 3, 4)
    print('f(1, 2, 3, 4)', 'ok')
except TypeError as e:
    print('f(1, 2, 3, 4)', '->', e)
try:
    g(b=1, c=2)
    print('g(b=1, c=2)', 'ok')
except TypeError as e:
    print('g(b=1, c=2)', '->', e)
try:
    f(**{'a': 1, 'b': 2, 'c': 3})
    print("f(**{'a': 1, 'b': 2, 'c': 3})", 'ok')
except TypeError as e:
    print("f(**{'a': 1, 'b': 2, 'c': 3})", '->', e)
try:
    C().m()
    print('C().m()', 'ok')
except TypeError as e:
    print('C().m()', '->', e)
try:
    C().m(1, 2)
    print('C().m(1, 2)', 'ok')
except TypeError as e:
    print('C().m(1, 2)', '->', e)
try:
    C.m(1)
    print('C.m(1)', 'ok')
except TypeError as e:
    print('C.m(1)', '->', e)
try:
    C.s()
    print('C.s()', 'ok')
except TypeError as e:
    print('C.s()', '->', e)
try:
    C.c()
    print('C.c()', 'ok')
except TypeError as e:
    print('C.c()', '->', e)
try:
    C().c(1, 2)
    print('C().c(1, 2)', 'ok')
except TypeError as e:
    print('C().c(1, 2)', '->', e)
try:
    C().c(1, j=2)
    print('C().c(1, j=2)', 'ok')
except TypeError as e:
    print('C().c(1, j=2)', '->', e)
try:
    C(1)
    print('C(1)', 'ok')
except TypeError as e:
    print('C(1)', '->', e)
try:
    f2(1, b=2, c=3, d=4)
    print('f2(1, b=2, c=3, d=4)', 'ok')
except TypeError as e:
    print('f2(1, b=2, c=3, d=4)', '->', e)
try:
    f2(1, 2, 3, 4)
    print('f2(1, 2, 3, 4)', 'ok')
except TypeError as e:
    print('f2(1, 2, 3, 4)', '->', e)
try:
    f2(1, 2, 3)
    print('f2(1, 2, 3)', 'ok')
except TypeError as e:
    print('f2(1, 2, 3)', '->', e)
try:
    f2(1, 2, c=3, d=4, z=1)
    print('f2(1, 2, c=3, d=4, z=1)', 'ok')
except TypeError as e:
    print('f2(1, 2, c=3, d=4, z=1)', '->', e)
try:
    v()
    print('v()', 'ok')
except TypeError as e:
    print('v()', '->', e)
try:
    v(1)
    print('v(1)', 'ok')
except TypeError as e:
    print('v(1)', '->', e)
try:
    w()
    print('w()', 'ok')
except TypeError as e:
    print('w()', '->', e)
try:
    w(1,2,3,4,5)
    print('w(1,2,3,4,5)', 'ok')
except TypeError as e:
    print('w(1,2,3,4,5)', '->', e)
try:
    w(1,2,d=1)
    print('w(1,2,d=1)', 'ok')
except TypeError as e:
    print('w(1,2,d=1)', '->', e)
try:
    w(1,2,3,4,d=1,e=2)
    print('w(1,2,3,4,d=1,e=2)', 'ok')
except TypeError as e:
    print('w(1,2,3,4,d=1,e=2)', '->', e)
try:
    w(1,2,3,4,d=1)
    print('w(1,2,3,4,d=1)', 'ok')
except TypeError as e:
    print('w(1,2,3,4,d=1)', '->', e)
try:
    w(1, a=1)
    print('w(1, a=1)', 'ok')
except TypeError as e:
    print('w(1, a=1)', '->', e)
try:
    v(1,b=2,a=3)
    print('v(1,b=2,a=3)', 'ok')
except TypeError as e:
    print('v(1,b=2,a=3)', '->', e)
try:
    k(1, x=2)
    print('k(1, x=2)', 'ok')
except TypeError as e:
    print('k(1, x=2)', '->', e)
try:
    C.m()
    print('C.m()', 'ok')
except TypeError as e:
    print('C.m()', '->', e)
try:
    C.s(1,2)
    print('C.s(1,2)', 'ok')
except TypeError as e:
    print('C.s(1,2)', '->', e)
