a = [1]; b = a
print(id(a) == id(b), id(a) == id([1]) and False, hash(5) == 5, hash(-1), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print(repr("é\n"), ascii("é\n"), ascii([1, "ü"]), repr(1.0), repr(b"\x00"), repr(None), repr(...), repr(NotImplemented))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
