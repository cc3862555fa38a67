class C:
    a = 1
    def m(self):
        return a
    b = [a for _ in range(3)]
