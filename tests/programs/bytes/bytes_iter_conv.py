data = "héllo wörld".encode()
print(data, len(data), [hex(c) for c in data[:3]], data.decode("utf-8"), data.decode("latin-1"))
print(int.from_bytes(data[:2], "big"), list(bytes(range(250, 256))), bytes([x ^ 0x20 for x in b"abc"]))
print(data.count(b"l"), data.index(b"w"), data.partition(b" "), data.title() if False else data.capitalize())
