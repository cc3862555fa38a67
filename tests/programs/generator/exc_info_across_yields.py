# sys.exc_info() in generators: a generator without handlers sees its
# caller's handled exception; one suspended in an except block keeps its own.

import sys
def g():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]
def h():
    try:
        raise ValueError
    except ValueError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
it, it2 = g(), h()
try:
    raise KeyError
except KeyError:
    print(next(it), next(it2))
print(next(it), next(it2), sys.exc_info()[0])
try:
    raise IndexError
except IndexError:
    print(next(it2), sys.exc_info()[0])
