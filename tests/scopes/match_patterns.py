def f(v):
    match v:
        case [a, *rest]:
            return a
        case {'k': b, **others}:
            return b
        case Point(x=px) as pt:
            return px
        case (1 | 2) as num:
            return num
