ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba += b"!"
print(ba, len(ba), ba.pop(), ba, ba[1:3], bytes(ba))
del ba[0]; ba.insert(0, 90); ba.reverse()
print(ba, ba.count(b"c"), ba.find(b"c"), bytearray(3), bytearray("hé", "utf-8"))
ba[1:3] = b"XYZW"
print(ba, ba == b"dZYXWZ" if False else ba.decode(), ba.upper(), type(ba.upper()).__name__)
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    hash(ba)
except TypeError as e:
    print("TypeError:", e)
