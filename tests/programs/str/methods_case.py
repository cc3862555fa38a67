s = "hello World ß ǅ"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("ab cd".title(), "they're bill's".title(), "ÉCOLE".lower(), "ﬁ".upper(), "İ".lower().encode())
