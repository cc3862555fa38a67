s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
try:
    s.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".encode("nope")
except LookupError as e:
    print("LookupError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
