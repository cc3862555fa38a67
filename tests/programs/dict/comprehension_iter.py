sq = {x: x * x for x in range(5)}
print(sq, {v: k for k, v in sq.items()}, {k: v for k, v in zip("abc", range(3)) if v})
for k, v in sq.items():
    print(k, v, end="; ")
print()
print(sorted(sq, reverse=True), max(sq), sum(sq.values()), list(enumerate(sq)))
