def f(x):
    for i in x:
        try:
            if i:
                return i
            continue
        finally:
            print("cleanup")
    return None
# ---- expected ----
error: @1: 1 parameters but only 0 locals
