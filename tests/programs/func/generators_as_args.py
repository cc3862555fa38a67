print(sum(x * x for x in range(4)), "".join(str(i) for i in range(5)), max((len(w), w) for w in ["aa", "b", "ccc"]))
