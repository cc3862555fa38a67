for n in (0, 1, -1, 255, 256, -256, 2**100, -(2**100) + 1):
    print(n.bit_length(), n.bit_count())
print((37).as_integer_ratio(), (5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print((7).is_integer() if hasattr(int, "is_integer") else "no is_integer")
