print(int("12") + int(3.9), float("1.5") + float(1), str(12) + str(1.5), bytes("ab", "ascii"), bytearray(2), list("ab"), tuple([1]), set([1]), dict(a=1), complex("2j"), bool("x"))
