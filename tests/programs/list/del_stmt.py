l = list(range(8))
del l[0]; del l[-1]; del l[1:3]
print(l)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1}
del d["a"]
print(d)
