print(str(b"x"), repr(bytearray(b"a'b")), repr(b'a"b'), repr(b"a'b\"c"), f"{b'x'}", "%s" % b"y", ascii(b"z"))
print(b"%r %a" % ("é", "é"), b"%c%c" % (65, b"B"), b"%%")
