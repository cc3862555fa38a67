b = b"hello"
print(b, b[0], b[-1], b[1:3], b[::-1], len(b), list(b), b + b"!", b * 2, b"ll" in b, 104 in b)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(3)), bytes(b"x"), bytes())
print(b.upper(), b.split(b"l"), b.replace(b"l", b"L"), b.find(b"l"), b.hex(), b.hex(":"), bytes.fromhex("de ad"))
print(repr(b"\x00\n\t'\"\\\xff"), b"%d-%s" % (5, b"x"), b"a".join([b"1", b"2"]), b.decode())
