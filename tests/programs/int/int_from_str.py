print(int("42"), int("-0"), int("  17  "), int("+5"), int("1_000_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("  -1010 ", 2), int("0", 0), int("00", 0), int("١٢٣"))
for s, base in [("", 10), ("1_", 10), ("_1", 10), ("12a", 10), ("010", 0), ("2", 2), ("1__0", 10), ("0x", 16)]:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("1", 37)
except ValueError as e:
    print("ValueError:", e)
