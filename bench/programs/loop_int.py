# Integer arithmetic in a counted loop: add, multiply, modulo, shifts, xor.


def run(n):
    total = 0
    x = 1
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        total += (x >> 8) ^ i
        if i % 3 == 0:
            total -= i
    return total


print(run(3500000))
