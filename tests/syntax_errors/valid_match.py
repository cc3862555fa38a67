x = [1]
match x:
    case [1, *rest] | (2, *rest):
        pass
    case {"k": v, **kw}:
        pass
    case str(a, b=c) as d:
        pass
    case _:
        pass
