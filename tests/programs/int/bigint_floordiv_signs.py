big = 10**25 + 3
for a in (big, -big):
    for b in (7, -7, 10**12 + 1, -(10**12 + 1)):
        q, r = divmod(a, b)
        print(q, r, q * b + r == a, a // b == q, a % b == r)
