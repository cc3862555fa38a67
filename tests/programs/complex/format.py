z = 1.23456 - 7.891j
print(f"{z}", f"{z:.2f}", f"{z:>30}", f"{z:e}", f"{z:g}", f"{1j:.1f}", f"{complex(3, 0):}")
print(format(z, "+.3f"), format(0j, ""))
