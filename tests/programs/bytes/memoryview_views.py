b=bytearray(b'abcdef'); m=memoryview(b)
print(m.obj is b, m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m[::2].contiguous, m[::2].strides)
c=m.cast('H'); print(c.format, c.itemsize, c.nbytes, len(c), c.tolist(), c[0], c.shape)
with memoryview(b'ab') as x: print(x[0])
print(type(x).__name__)
for f in [lambda: len(x), lambda: x.tobytes(), lambda: x.format, lambda: x.obj, lambda: x.readonly, lambda: hash(memoryview(b)), lambda: hash(memoryview(b'ab')) == hash(b'ab'), lambda: m.cast('Z'), lambda: m[::2].cast('B'), lambda: memoryview(5), lambda: m[10], lambda: m.cast('c')[0], lambda: m.cast('c').tolist(), lambda: memoryview(b'abc').cast('H'), lambda: m.cast('H').cast('I'), lambda: m.__enter__() is m, lambda: m.toreadonly().readonly, lambda: list(m), lambda: m[1:4].tobytes(), lambda: m == bytearray(b'abcdef'), lambda: m[-1], lambda: m.cast('H')==m, lambda: m.cast('B') == m, lambda: m[::-1].tolist(), lambda: m[::-2][1:].tobytes(), lambda: m.cast('b').tolist(), lambda: m.hex()]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
m[1:3] = b'XY'; print(b)
m[::-2] = b'123'; print(b)
try: m[1:3]=b'X'
except Exception as e: print(type(e).__name__, e)
try: m[0]=300
except Exception as e: print(type(e).__name__, e)
try: m[0]='a'
except Exception as e: print(type(e).__name__, e)
h = m.cast('h'); h[0] = -2; print(b, h[0])
d = memoryview(bytearray(16)).cast('d'); d[1] = 2.5; print(d.tolist())
