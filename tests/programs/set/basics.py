s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(3)
print(s, len(s), 2 in s, 3 not in s, set(), set([1, 1, 2]), {0, False, 1, True})
print(s.pop() in {1, 2, 4}, len(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
