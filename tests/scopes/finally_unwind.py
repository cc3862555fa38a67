def f(fut):
    data = None
    try:
        if fut:
            return
        res = fut.result()
        data, addr = res
    finally:
        print(data, addr)

def g(xs):
    for x in xs:
        try:
            if x:
                break
            a = 1
        finally:
            b = 2
    return a, b
