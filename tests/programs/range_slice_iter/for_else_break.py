for i in range(5):
    if i == 3:
        print("break at", i)
        break
else:
    print("no break")
for i in range(2):
    pass
else:
    print("else ran, i =", i)
for i in []:
    pass
else:
    print("empty else")
while False:
    pass
else:
    print("while else")
n = 0
while True:
    n += 1
    if n > 3: break
    if n == 2: continue
    print("n", n)
