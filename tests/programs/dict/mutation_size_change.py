d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2: del d[k]
print(d)
