for a, b in [(5, 0), (0, 0), (10**30, 0)]:
    for op in ("//", "%", "/", "divmod"):
        try:
            r = divmod(a, b) if op == "divmod" else eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
