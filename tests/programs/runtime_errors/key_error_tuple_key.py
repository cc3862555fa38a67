grid = {}
grid[(1, 2)]
