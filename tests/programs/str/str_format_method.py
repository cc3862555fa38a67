print("{} {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{{}} {}".format(3))
print("{0[1]} {0[a]}".format({1: "one", "a": "A"}), "{.real}".format(3), "{0!r} {0!s} {0!a}".format("é"))
print("{:>{w}}|{:.{p}f}".format("r", 2.5, w=6, p=3), "{:{}{}}".format(5, "<", 4) + "|")
class P:
    x = 10
    items = [7, 8]
print("{0.x} {0.items[1]}".format(P()))
print("{a}".format_map({"a": "mapped"}))
for f, a in (("{", ()), ("{0}", ()), ("{x}", ()), ("{0} {}", (1, 2)), ("{!x}", (1,)), ("}", ())):
    try:
        print(f.format(*a))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
