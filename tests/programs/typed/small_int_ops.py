# Floor division, modulo and shifts at the edges of the small ints (inline in
# native code), against big ints, zero and negative counts.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 2**40, -2**40, 2**61 - 1, -2**61, 2**61, 2**62, -2**63, 10**20]
def ops(vals):
    out = []
    for a in vals:
        for b in vals:
            for f in range(4):
                try:
                    if f == 0:
                        r = a // b
                    elif f == 1:
                        r = a % b
                    elif f == 2:
                        r = a << (b if -1 <= b < 70 else 3)
                    else:
                        r = a >> (b if b < 200 else 65)
                except (ZeroDivisionError, ValueError) as e:
                    r = type(e).__name__ + str(e)
                out.append(r)
    return out
res = ops(vals)
print(res)
for a in (1, -1, 5, -5, 2**61-1, -2**61):
    for b in (1, -1, 3, -3, 64, 100):
        print(a, b, a // b, a % b, a >> abs(b), a << min(abs(b), 70))
