s = "héllo"
print(list(s), [c for c in s if c in "lo"], "" in s, "ll" in s, "L" not in s, list(reversed(s)), list(enumerate("ab")))
print(s.index("l"), sorted(set("mississippi")), {c: s.count(c) for c in "hl"})
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
