z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(complex(1, 2), complex(), complex(2), complex("1+2j"), complex(" -3j "), complex(1.5, -0.0))
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 1j) ** 2, 2 ** (1j * 0))
print(type(1j).__name__, 1j == 1j, (1 + 0j) == 1, 0j == 0.0)
