class Point:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        Point.count += 1
    def norm2(self): return self.x ** 2 + self.y ** 2
p = Point(3, 4); q = Point(1, 1)
print(p.norm2(), Point.norm2(q), Point.count, p.count, p.__dict__, type(p).__name__, type(p).__qualname__)
p.count = 99
print(p.count, Point.count, vars(q))
