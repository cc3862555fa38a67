s = {x % 5 for x in range(20)}
print(s, s.copy(), s.copy() is s)
s.update([10, 11], {12}); print(s)
s.intersection_update(range(11)); print(s)
s.difference_update({0}); print(s)
s.symmetric_difference_update({1, 99}); print(s)
s.clear(); print(s)
