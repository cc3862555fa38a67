print(int(), int(3.99), int(-3.99), int(True), int(1e20), int("7"), int(b"12"))
class C:
    def __index__(self): return 9
print(bin(C()), hex(C()), oct(C()))
for v in (float("inf"), float("nan")):
    try:
        int(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
