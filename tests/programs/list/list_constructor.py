print(list(), list("ab"), list(range(3)), list({1: 2, 3: 4}), list((1,)), list(x for x in "hi"), list(map(str, [1, 2])))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
print(list.__name__, type([]) is list, isinstance([], list), [].__class__.__name__)
