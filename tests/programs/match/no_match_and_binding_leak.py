x = 5
match x:
    case 1:
        print("one")
print("after no match")
match [1, 2]:
    case [a, b] if a > 5:
        print("no")
    case [c, d]:
        print("bound", c, d)
print("a" in dir(), "c" in dir())
match 42:
    case y:
        pass
print(y)
