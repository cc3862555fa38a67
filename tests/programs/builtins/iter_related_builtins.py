print(list(zip("ab", [1, 2])), list(enumerate("xy", 1)), list(map(len, ["a", "bb"])), list(filter(str.isdigit, "a1b2")), list(reversed([1, 2])), next(iter("z")))
print(sorted(set("hello")), frozenset("aa"), dict(zip("ab", "cd")), tuple(range(2)), list(range(0)))
