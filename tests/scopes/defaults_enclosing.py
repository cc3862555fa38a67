def f(a=len, *, b=print):
    pass
@staticmethod
def g():
    pass
class K(object, metaclass=type):
    pass
