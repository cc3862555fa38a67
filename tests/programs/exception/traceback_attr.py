import sys
def f(): raise ValueError("v")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names, sys.exc_info()[0].__name__)
print(sys.exc_info())
e2 = ValueError("fresh")
print(e2.__traceback__, e2.with_traceback(None) is e2)
