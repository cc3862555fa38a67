x = 1
y = "2"
print("start")
z = x + y
