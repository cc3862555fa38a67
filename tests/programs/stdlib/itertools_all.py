import itertools as it

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -2.5), 3)))
c = it.count(3); next(c); print(repr(c), repr(it.count(1, 2)), repr(it.count(0, 1.0)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.cycle([])))
print(list(it.repeat("x", 3)), repr(it.repeat(1, 2)), repr(it.repeat(7)), list(it.repeat(1, -1)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(it.accumulate([1, 2], initial=100)), list(it.accumulate([], initial=5)))
print(list(it.chain("ab", [1, 2], ())), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(it.groupby("aabb"))
print([(k, list(g)) for k, g in groups])
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 4)), list(it.islice("abcdefg", 0, None, 2)))
print(list(it.islice("abcdefg", 1, None)), list(it.islice("abc", None)))
for args in [(-1,), (0, -1), (0, 1, 0), ("a",), (1, 2, -1)]:
    try:
        it.islice([1], *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
print(list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee([1, 2, 3])
print(next(a), list(b), list(a), len(it.tee("x", 3)))
print(list(it.zip_longest("abc", [1])), list(it.zip_longest("a", "bc", fillvalue="-")))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")), list(it.product()))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(4)))), list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)), list(it.combinations("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement("", 2)))
print(list(it.pairwise("abcd")), list(it.pairwise("a")))
for f in [lambda: it.combinations([1], -1), lambda: it.product([1], repeat=-1), lambda: it.tee([1], -1),
          lambda: it.count("a"), lambda: it.repeat(), lambda: it.combinations([1]),
          lambda: it.dropwhile(len), lambda: it.pairwise()]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(it.chain, type(it.islice([], 1)).__name__, it.combinations.__name__)
print(type(it.tee([])[0]).__name__, type(next(it.groupby("a"))[1]).__name__)
print(list(zip(it.count(), "ab")), sum(it.islice(it.count(1), 100)))
