for s in ("abc", "ABC", "Abc Def", "123", "½", "²", "a1", "", " \t", "ǅ", "x_y", "_id", "1a", "def"):
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isupper(), s.islower(), s.istitle(), s.isspace(), s.isidentifier(), s.isascii(), s.isprintable())
