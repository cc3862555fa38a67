print(repr("  x  ".strip()), repr("xxhixx".strip("x")), repr("  x ".lstrip()), repr("abcba".rstrip("ab")))
print(repr("ab".center(7, "*")), repr("ab".center(6)), repr("ab".ljust(5, "-")), repr("ab".rjust(5)), repr("42".zfill(5)), repr("-42".zfill(6)), repr("+x".zfill(4)))
print("prefix_body".removeprefix("prefix_"), "a.txt".removesuffix(".txt"), "a\tb\tc".expandtabs(4), repr("\t".expandtabs()))
