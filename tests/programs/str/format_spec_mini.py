for spec in ("", "<10", ">10", "^10", "*^11", "=+8", "+", "-", " ", "#x", "#o", "#b", "08", ",", "_", "_b", "x", "X", "n", "c", ",d", "+#010x", "=^7"):
    try:
        print(repr(spec), repr(format(1234, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
for spec in ("", "<6", "^7", ".2", ">8.3", "s", "x", "=5", "+"):
    try:
        print(repr(spec), repr(format("text", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
