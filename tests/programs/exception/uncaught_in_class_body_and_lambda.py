f = lambda x: x.missing_attribute
def call(fn): return fn(3)
call(f)
