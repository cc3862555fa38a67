for s in ("3.14", "  -2.5e3 ", "1_000.5", ".5", "5.", "1e-3", "+inf", "nan", "0x10" if False else "1E5"):
    print(float(s))
for s in ("", "1.2.3", "abc", "1_", "0x10", "1e"):
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(float(), float(3), float(True), float(2**70))
