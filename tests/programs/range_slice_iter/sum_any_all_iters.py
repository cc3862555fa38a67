print(sum(x for x in range(101)), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), any([]), all([]))
gen = (x for x in range(10))
print(3 in gen, list(gen))
print(min(iter([4, 2, 8])), max("zebra"), sorted(map(abs, [-3, 1, -2])))
