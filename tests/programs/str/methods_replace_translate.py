print("aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"))
t = str.maketrans("abc", "xyz", "d")
print("abcdd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1"}))
print("%s" % "x".encode().decode(), "ü".encode("utf-8"), "ü".encode("latin-1"), b"\xc3\xbc".decode())
try:
    "ü".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("ü€".encode("ascii", "replace"), "ü".encode("ascii", "backslashreplace"), "ü".encode("ascii", "ignore"), "ü".encode("ascii", "xmlcharrefreplace"))
