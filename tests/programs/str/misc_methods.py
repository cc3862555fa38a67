print("abc".ljust(2), "x".join("123"), "Hello".center(11, "="), "a-b_c d".replace("-", " ").split())
print("tEST".capitalize(), "12abc".upper(), "ß".upper(), "ﬀ".casefold(), "straße".casefold() == "STRASSE".casefold())
print("%s|%s" % ("ab".encode().hex(), bytes.fromhex("6162").decode()), "abc".__len__(), "abc".__contains__("b"))
print("a\u2028b".splitlines(), " a b ".split(" "), "a  b".split(" ", 1), "1,2,3".split(",", maxsplit=-1))
