# collections.deque: the whole API, maxlen, rotate, indexing, comparisons,
# in-place operators, copies, subclasses, and mutation during iteration.
from collections import deque
import copy
d = deque([1, 2, 3])
print(d, repr(deque()), deque(range(5), maxlen=3), d.maxlen, deque(maxlen=2).maxlen)
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1])
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(); print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([9, 10]); print(d)
print(d.count(7), d.index(7), 7 in d, 100 in d)
d.insert(1, 'x'); d.remove('x'); print(d)
d[0] = 'a'; del d[1]; print(d)
d.reverse(); print(d, list(reversed(d)))
e = d.copy(); print(e == d, e is d, copy.copy(d))
print(deque([1,2]) < deque([1,3]), deque([1]) == [1], deque([1,2]) >= deque([1,2]))
f = deque([1]); f += [2, 3]; print(f); f *= 2; print(f, f * 2, 2 * f, f + deque([9]))
m = deque(maxlen=3); m.extend(range(10)); print(m); m.appendleft(-1); print(m)
try: deque([1]) + [1]
except TypeError as e: print(e)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque()[0], lambda: deque([1])['a'], lambda: deque([1]).remove(5),
            lambda: deque([1]).index(5), lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: deque([1], maxlen=1).insert(0, 1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
q = deque([1, 2, 3])
try:
    for x in q: q.append(x)
except RuntimeError as e: print(e)
r = deque(); r.append(r); print(r)
class D(deque): pass
s = D([1, 2], maxlen=5); print(s, s.copy(), type(s.copy()).__name__, s + deque([3]), type(s + deque([3])).__name__)
print(deque[int], bool(deque()), bool(deque([0])), d.__reduce__()[:3])
g = deque('abc'); g.extend(g); print(g); g.extendleft(g); print(g)
z = deque([1], maxlen=0); z.append(1); print(z)
