s = "abracadabra"
print(s.find("bra"), s.rfind("bra"), s.find("x"), s.index("cad"), s.count("a"), s.count(""), s.count("a", 2, 8))
print(s.startswith("abr"), s.endswith(("x", "ra")), s.startswith("bra", 1), "bra" in s, s.find("", 20), s.find("a", -3))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zz")
except ValueError as e:
    print("ValueError:", e)
