o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(o).__name__, isinstance(o, object), object.__name__, len(dir(object)) > 10)
print(issubclass(type, object), isinstance(type, type), isinstance(object, type))
