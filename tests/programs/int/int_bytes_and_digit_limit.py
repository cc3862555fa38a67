for f in [lambda: int(b' 12 '), lambda: int(bytearray(b'ff'), 16), lambda: int(memoryview(b'7')), lambda: int(b'1x'), lambda: int(b'\xff'), lambda: int(memoryview(b'7'), 10)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import sys
for a in [(-1,), (5,), ('x',), (), (1, 2)]:
    try:
        sys.set_int_max_str_digits(*a)
    except Exception as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits())
try:
    str(10**800)
except ValueError as e:
    print(e)
try:
    int("1" * 701)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**8000)))
