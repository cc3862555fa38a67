def f(): pass
def g(): return
def h(): return 1, 2
def i(x):
    if x: return "yes"
print(f(), g(), h(), i(0), i(1))
