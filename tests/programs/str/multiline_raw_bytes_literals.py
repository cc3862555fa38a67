print(r"raw\n\t", len(r"\n"), """a
b""", 'single' "adjacent", "\x41\101\u0041", "line\
continued")
print(rb"\x00", b"\x00", Rb"a\b", "\a\b\f\v".encode())
