from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
dd["a"].append(1); dd["b"]; dd["a"].append(2)
print(dict(dd), dd.default_factory is list, "c" in dd, len(dd))
c = Counter("abracadabra")
print(c.most_common(3), c["z"], c["a"], sorted(c.elements())[:5], c + Counter("aaz"))
od = OrderedDict(a=1, b=2); od.move_to_end("a")
print(list(od), od.popitem(last=False))
