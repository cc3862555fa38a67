g = lambda a, a: 1
