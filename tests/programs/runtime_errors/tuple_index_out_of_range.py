t = (1,)
i = 1
print(t[i])
