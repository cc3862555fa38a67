x = "global"
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed"
    inner()
    return x
print(outer(), x)
def setg():
    global x
    x = "set by func"
setg(); print(x)
def deep():
    a = 1
    def m():
        def n():
            nonlocal a
            a += 10
        n()
    m()
    return a
print(deep())
