class MyList(list):
    def total(self): return sum(self)
m = MyList([1, 2, 3]); m.append(4)
print(m, m.total(), type(m + [5]).__name__, isinstance(m, list), MyList.__mro__[1].__name__)
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
x = MyInt(5)
print(x, x + 1, type(x + 1).__name__, repr(x), str(x), x == 5)
class MyStr(str):
    def shout(self): return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("a") + "b", type(MyStr("a") + "b").__name__)
