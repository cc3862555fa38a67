# str.split() on ASCII and non-ASCII text (every whitespace character
# CPython splits on), and str() of ints around the small-int boundary.
ws = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "
print([hex(ord(c)) for c in map(chr, range(128)) if c.isspace()])
text = "a" + ws + "bb" + ws + "ccc" + "\x00d\x7fe" + ws
print(text.split(), [len(p) for p in text.split()])
print(text.split(None, 1), text.rsplit(None, 1), text.split(maxsplit=0))
print("  x  y ".split(), "".split(), "   ".split(), "x".split())
uni = "é\u00a0ü\u2003ß x\u3000\U0001f600 \x85end"
print(uni.split(), [len(p) for p in uni.split()], uni.split(None, 2))
print("a,b,,c".split(","), "a b".split(" "), "αβ γ".split(" "))
print([p.upper() for p in "mixed Case words ÉTÉ".split()])
print([s.isspace() for s in ("\x1c", "\x1f", "\x0b", " \t", "\x85", "\u00a0", "a ", "")])

for i in (0, 1, -1, 7, -10, 12345, 2**61 - 1, -(2**61), 2**61, -(2**61) - 1, 2**62 - 1, -(2**62), 2**63, 10**19, -(10**18)):
    print(str(i), repr(i), f"{i}", "%d" % i, len(str(i)))
print(str(True), str(False), [str(i) for i in range(-3, 12)])


class MyInt(int):
    def __str__(self):
        return "MyInt!"


print(str(MyInt(5)), repr(MyInt(5)), f"{MyInt(5)}")
