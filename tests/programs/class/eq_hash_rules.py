class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __eq__(self, o): return True
    def __hash__(self): return 7
print(hash(Both()), {Both(), Both()}.__len__())
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())
class Child(Both):
    def __eq__(self, o): return False
print(Child.__hash__ is None)
class HashNeg:
    def __hash__(self): return -1
print(hash(HashNeg()))
class HashBig:
    def __hash__(self): return 2**70
print(hash(HashBig()) == hash(2**70))
class HashBad:
    def __hash__(self): return "x"
try:
    hash(HashBad())
except TypeError as e:
    print("TypeError:", e)
