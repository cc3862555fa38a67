for f in [lambda: bytes.maketrans(b'a', b'bc'), lambda: bytes.maketrans('a','b'), lambda: b'x'.translate(b'abc'), lambda: b'x'.translate('a'*256), lambda: b'abc'.translate(None, 'a'), lambda: b'a'.translate(), lambda: bytearray(b'abc').translate(None, delete=b'a'), lambda: b'aBc'.istitle(), lambda: b'Ab Cd'.istitle(), lambda: bytearray.maketrans(b'a', b'b')[97:99], lambda: b'abc'.translate(bytearray(range(256))[::-1])]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
