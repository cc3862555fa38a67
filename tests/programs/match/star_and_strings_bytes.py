def f(v):
    match v:
        case [*_, "end"]: return "ends with end"
        case ["start", *_]: return "starts"
        case b"bytes": return "bytes literal"
        case "a" "b": return "concat literal"
        case [[a, b], [c, d]]: return f"matrix {a}{b}{c}{d}"
        case _: return "none"
for v in (["x", "end"], ["start", 1], "start", b"bytes", "ab", [[1, 2], [3, 4]], bytearray(b"xy")):
    print(f(v))
