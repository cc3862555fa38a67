import inspect, types
def g(): yield 1
async def c(): pass
async def ag(): yield 1
def plain(*a, **k): pass
for f in (g, c, ag, plain):
    print(f.__name__, inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f),
          inspect.isasyncgenfunction(f), bool(f.__code__.co_flags & inspect.CO_VARARGS))
co = c()
print(inspect.getcoroutinestate(co), co.cr_running, co.cr_suspended, co.cr_code.co_name)
co.close()
print(inspect.getcoroutinestate(co), co.cr_frame)
x = g()
print(inspect.isgenerator(x), inspect.iscoroutine(x), type(x) is types.GeneratorType, x.gi_yieldfrom)
next(x)
print(x.gi_frame.f_code.co_name, x.gi_code.co_name)
def outer():
    yield from inner()
def inner():
    s = inspect.getgeneratorstate(o)
    yield s
o = outer()
print(next(o))
