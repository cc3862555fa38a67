# __hash__ returning ints of every size: a value that fits in 64 bits is
# the hash itself (so an object can collide with a str or an int on
# purpose), a bigger one is hashed as an int, -1 becomes -2.


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return isinstance(other, str) and other == "key"


for v in (0, 1, -1, -2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, -(2**63), 2**63, 2**64 + 5, -(2**70), True):
    print(v, hash(H(v)) == (hash(v) if not -(2**63) <= v < 2**63 else (-2 if v == -1 else v)))
print(hash(H(2**62)), hash(H(-1)), hash(H(2**63)) == hash(2**63))
d = {H(hash("key")): "object"}
print(d.get("key"), "key" in d)
s = {"key"}
print(H(hash("key")) in s)
try:
    hash(H(1.5))
except TypeError as e:
    print("TypeError", e)
