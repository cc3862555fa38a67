class Parser:
    def parse(self, items):
        return [self.item(i) for i in items]
    def item(self, v):
        return 10 // v
Parser().parse([1, 2, 0])
