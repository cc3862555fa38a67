class Foo:
    __a = 1
    def __m(self, __p):
        __q = __p
        return self.__a, __q
    def __dunder__(self):
        pass
class __:
    __z = 1
class _Bar:
    __y = 1
