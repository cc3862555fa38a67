# int and float define no `@`: the operator is a TypeError, never a value.
for a, b in [(1, 2), (1.5, 2), (2, 0.5), (True, 3)]:
    try:
        print(a @ b)
    except TypeError as e:
        print(e)
x = 3
try:
    x @= 4
except TypeError as e:
    print(e)
print(3 @ 4)
