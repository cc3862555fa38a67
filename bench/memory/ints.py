# Ten million distinct small ints in one list: CPython boxes each (28-byte
# object + 8-byte slot); tagged small ints need only the 8-byte slot.
xs = [i * 3 + 1 for i in range(10000000)]
print(len(xs), xs[0], xs[-1], xs[5000000])
