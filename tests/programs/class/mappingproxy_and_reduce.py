import types
class A: x=1
m=A.__dict__
print(repr(types.MappingProxyType({'a':1})), str(types.MappingProxyType({'a':1})))
for f in [lambda: m.pop, lambda: types.MappingProxyType([1]), lambda: types.MappingProxyType({'a':1}) | {'b':2}, lambda: {'b':2} | types.MappingProxyType({'a':1}), lambda: types.MappingProxyType({'a':1}) == {'a':1}, lambda: hash(m), lambda: len(types.MappingProxyType({'a':1})), lambda: list(reversed(types.MappingProxyType({'a':1,'b':2}))), lambda: types.MappingProxyType({'a':1}).copy(), lambda: 'x' in m, lambda: m['zz'], lambda: types.MappingProxyType(), lambda: m.get('x'), lambda: m.get('q', 5), lambda: sorted(k for k in m.keys() if k[0] != '_'), lambda: type(vars(A)).__name__, lambda: dict(types.MappingProxyType({'a':1}))]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
try: m['x'] = 2
except Exception as e: print(type(e).__name__, e)
a = A(); a.y = 2
r = a.__reduce_ex__(2)
print(r[0].__name__, r[1:])
r = a.__reduce_ex__(1)
print(r[0].__name__, r[1:])
r = a.__reduce__()
print(r[0].__name__, r[1:])
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
import copyreg
print(copyreg.__newobj__(A).__class__.__name__)
