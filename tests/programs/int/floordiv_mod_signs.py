# // and % (and divmod) of ints near the small-int bounds and of every sign
# combination: rounded toward minus infinity, the remainder with the divisor's sign.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 97, -97, 2**61 - 1, -2**61, 2**61, -2**61 - 1, 2**62, 12345678901234]
out = []
for a in vals:
    for b in vals:
        if b:
            out.append((a // b, a % b, divmod(a, b)))
print(len(out), hash(tuple(out)))
print(out[:40])
print((-2**61) // -1, (-2**61) % -1, 5 % -3, -5 % 3, -5 // 3, 5 // -3)
