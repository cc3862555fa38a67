x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def g():
    del y
    y = 1
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def h():
    return undefined_name
try:
    h()
except NameError as e:
    print("NameError:", e)
