print(str(1.0), str(10.0**15), str(1.23e-7), str(-1e100), 1.0e0, 00.5, 1_0.5)
print(float.__name__, (2.5).real, (2.5).imag, (2.5).conjugate(), type(1.0 + 1).__name__)
print(repr(2**0.5), repr(1.1 * 1.1), repr(100 * 1.1))
