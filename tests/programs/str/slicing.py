s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[::2], s[::-1], s[8:2:-2], s[100:], s[-100:2], s[5:2], s[::-3])
print(s[-1], s[0], "héllo"[1], "日本語"[::-1], len("日本語"), s[slice(1, None, 3)])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
