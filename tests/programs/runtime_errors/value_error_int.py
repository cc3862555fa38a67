raw = "12abc"
number = int(raw)
