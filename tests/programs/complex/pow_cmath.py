import cmath
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.exp(0j))
print(abs(cmath.rect(2, 0.5)), round(cmath.exp(1j * cmath.pi).real, 12))
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(0j ** 0, (1+1j) ** 0.5)
