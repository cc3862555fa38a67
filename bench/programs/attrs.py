# Attribute access: loads and stores on instances, class attributes, a property.


class Point:
    scale = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.z = 0

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


def run(n):
    p = Point(1, 2)
    q = Point(3, 4)
    total = 0
    for i in range(n):
        p.x = q.y + i
        q.y = p.x - q.x
        p.z = p.z + p.scale
        q.x, q.y = q.y % 97, q.x + 1
        total += p.x + q.x + p.z - q.y
        if i % 16 == 0:
            total += p.norm1
    return total


print(run(2600000))
