lenght = 3
print(lenn([1]))
