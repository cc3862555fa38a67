for c in 12:
    pass
