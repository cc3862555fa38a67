print(format(255, "x"), format(3.5, ".2f"), format("s", "^5"), format(12), chr(97), ord("a"), bin(10), bin(-10), oct(8), oct(-8), hex(255), hex(-255), bin(0))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
