a = [1]
b = a
a += [2]; a += (3,); a += "xy"; a *= 2
print(a, b, a is b)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
