raise SyntaxError("custom", ("f.py", 3, 2, "abc def\n", 3, 5))
