for e in ("1j // 2", "1j % 2", "1j < 2j", "int(1j)", "float(1j)", "1j / 0", "complex('1+2')", "complex('x')"):
    try:
        print(eval(e))
    except Exception as ex:
        print(e, "->", type(ex).__name__ + ":", ex)
