def f(path):
    with open(path) as fh, lock:
        return fh.read()
# ---- expected ----
error: @1: 1 parameters but only 0 locals
