class C:
    def __complex__(self): return 2 + 3j
print(complex(C()), complex(1 + 1j, 1j), complex(1j, 1))
try:
    complex("1+2j", 3)
except TypeError as e:
    print("TypeError:", e)
print(complex.__name__, isinstance(1j, complex), (1j).real.__class__.__name__)
