def f():
    class C:
        def m(self):
            nonlocal x
