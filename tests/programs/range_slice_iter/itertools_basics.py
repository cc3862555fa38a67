import itertools as it
print(list(it.islice(it.count(5, 2), 4)), list(it.chain("ab", [1])), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.product("ab", repeat=2)), list(it.permutations(range(3), 2)), list(it.combinations("abcd", 2)))
print(list(it.accumulate([1, 2, 3, 4])), [(k, list(g)) for k, g in it.groupby("aabbbc")], list(it.zip_longest("ab", "x", fillvalue="-")))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.repeat("z", 3)), list(it.starmap(pow, [(2, 3)])))
print(list(it.islice(it.cycle("ab"), 5)), list(it.compress("abc", [1, 0, 1])), list(it.pairwise([1, 2, 3])))
