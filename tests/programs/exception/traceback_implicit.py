def parse(s):
    try:
        return int(s)
    except ValueError:
        return undefined_handler(s)
parse("x")
