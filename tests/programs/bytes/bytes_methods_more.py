print(b"a-b-c".rsplit(b"-", 1), b"abc".ljust(5, b"."), b"12".zfill(4), b"x\ny".splitlines(), b"a b".title())
print(b"hello".translate(None, b"l"), bytes.maketrans(b"ab", b"xy"), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
print(b"abcabc".removeprefix(b"abc"), b"x.py".removesuffix(b".py"), b"abc".endswith((b"c", b"d")), b"\t".expandtabs(2))
