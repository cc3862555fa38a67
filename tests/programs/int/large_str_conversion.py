import sys
n = 7 ** 1000
s = str(n)
print(len(s), s[:20], s[-20:], int(s) == n)
print(sys.get_int_max_str_digits())
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)
