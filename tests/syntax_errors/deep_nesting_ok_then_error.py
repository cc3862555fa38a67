def f():
    for x in y:
        while z:
            if a:
                continue
    continue
