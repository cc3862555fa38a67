def f():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            raise
        except ValueError as e:
            print("re-raised", e)
f()
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
