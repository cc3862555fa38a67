print(ord("A"), ord("é"), ord("€"), ord("😀"), chr(65), chr(233), chr(0x1F600), len("😀"), "😀".encode("utf-8"))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print("\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
