print(*a if b else c)
x = [*a for a in b]
