print("helper loading, __name__ =", __name__)
VALUE = 42
counter = 1
def greet(n): return f"hello {n}"
