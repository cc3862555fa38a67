def f():
    try:
        pass
    except Exception as e:
        return e
    else:
        g = 1
    finally:
        h = 2
