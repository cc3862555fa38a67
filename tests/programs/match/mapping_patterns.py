def f(x):
    match x:
        case {"type": "point", "x": px, "y": py}: return f"point {px},{py}"
        case {"type": "circle", **rest}: return f"circle rest={rest}"
        case {}: return "some mapping"
        case _: return "not a mapping"
for v in ({"type": "point", "x": 1, "y": 2, "extra": 0}, {"type": "circle", "r": 5, "c": 0}, {"z": 1}, {}, [("type", "point")]):
    print(f(v))
