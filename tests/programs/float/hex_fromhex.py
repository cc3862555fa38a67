for x in (1.0, 0.5, 3.14, -2.5, 1e-320, 0.0, 1e300):
    print(x.hex())
for s in ("0x1p0", "0x1.8p1", "-0x1.0p-1", "0x.8p1", "0X1P+3", "  0x1.fp3  ", "inf", "0x1"):
    print(float.fromhex(s))
try:
    float.fromhex("0x1p99999")
except OverflowError as e:
    print("OverflowError:", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
