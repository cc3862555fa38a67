def compute():
    return valeu * 2
value = 3
compute()
