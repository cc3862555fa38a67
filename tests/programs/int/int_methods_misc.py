print(int.__name__, type(5) is int, (255).__format__("x"), (3).__add__(4), (3).__radd__(4))
print((3).__add__(1.5), (3).__truediv__(2), (-8).__abs__(), abs(-(2**70)))
print(int.from_bytes([1, 2], "big"), (10).__index__(), (10).__bool__(), (0).__bool__())
print(isinstance(3, (float, int)), 0x_ff, 0o_17, 1_0)
