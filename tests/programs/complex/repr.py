for z in (1j, -1j, 0j, -0j, complex(0, -0.0), complex(-0.0, 0), 1 + 0j, 1.5 - 2.25j, complex(1e20, 1e-20), complex(float("inf"), float("nan")), 2j ** 0.5):
    print(repr(z), str(z))
