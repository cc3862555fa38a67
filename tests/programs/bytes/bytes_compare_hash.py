print(b"a" < b"b", b"abc" == b"abc", b"a" == "a", bytearray(b"x") == b"x", hash(b"") == hash(b""), b"ab" < b"abc")
print(sorted([b"b", b"a", b"ab"]), max(b"zap"), b"abc".startswith(b"ab"), b"  x ".strip(), b"a,b".split(b","))
print(b"abc".isalpha(), b"123".isdigit(), b"Ab".swapcase(), b"x".center(5, b"-"), b"%x" % 255, b"%5.2f" % 1.5)
