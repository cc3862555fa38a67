b = bytearray(b"abcdef")
m = memoryview(b)
print(m[0], bytes(m[1:3]), m.tobytes(), len(m), m.readonly, m.format, m.itemsize, m.nbytes, m.tolist())
m[0] = 122
print(b)
m2 = memoryview(b"xyz")
print(m2.readonly, bytes(m2[::-1]), m2 == b"xyz")
try:
    m2[0] = 1
except TypeError as e:
    print("TypeError:", e)
m.release()
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
