import struct
tests = [('b',200),('B',-1),('h',1<<20),('H',-1),('i',1<<40),('I',-1),('l',1<<70),('L',-1),('q',1<<70),('Q',-1),('n',1<<70),('N',-1),('<b',200),('<B',300),('<h',1<<20),('<H',-1),('<i',1<<40),('<I',-1),('<l',1<<40),('<L',-1),('<q',1<<70),('<Q',-1),('b','x'),('<i',1.5),('c',b'ab'),('c',1),('s',1),('?',[]),('f',1e300),('e',1e10),('<e',70000.0),('d','x'),('P',-1),('>P',1),
  ('<I', 1<<40), ('I', 1<<40), ('<L', 1<<40), ('<H', 1<<20), ('L', 1<<70), ('>q', 1<<63), ('<Q', 1<<64), ('N', 1<<64), ('n', -(1<<63)-1), ('<i', -(1<<31)-1), ('<h', -40000), ('<b', -129), ('<Q', -1), ('<I', -1), ('I', -1)]
for fmt, v in tests:
    try: print(fmt, struct.pack(fmt, v))
    except Exception as e: print(fmt, type(e).__name__, e)
for fmt in ['3', 'z', '<n', '!N', '<P', '2x3', ' i ', 'i i', '0s', '-1i', '@bq', '=bq', '@qb', '@bhiq', '<bhiq', '@b0i', '@3sI', '@?d', 'xxH']:
    try: print(repr(fmt), struct.calcsize(fmt))
    except Exception as e: print(repr(fmt), type(e).__name__, e)
for args in [('ii', 1), ('ii', 1,2,3), ('i',)]:
    try: print(struct.pack(*args))
    except Exception as e: print(type(e).__name__, e)
for args in [('ii', b'1234'), ('i', b'12345'), ('i', bytearray(b'1234'))]:
    try: print(struct.unpack(*args))
    except Exception as e: print(type(e).__name__, e)
for args in [('i', b'12', 0), ('i', b'1234', 2), ('i', b'1234', -8), ('i', b'12345678', -4), ('h', b'1234', 1)]:
    try: print(struct.unpack_from(*args))
    except Exception as e: print(type(e).__name__, e)
b = bytearray(8)
try: struct.pack_into('i', b, 6, 1)
except Exception as e: print(type(e).__name__, e)
struct.pack_into('<h', b, 2, -2); struct.pack_into('>h', b, -2, 258); print(b)
try: list(struct.iter_unpack('i', b'12345'))
except Exception as e: print(type(e).__name__, e)
try: struct.iter_unpack('0s', b'')
except Exception as e: print(type(e).__name__, e)
print(list(struct.iter_unpack('<hB', b'\x01\x00\x02\x03\x00\x04')))
print(struct.error.__mro__, struct.Struct('<i').format, struct.Struct('i').size, struct.Struct(b'<h').format)
try: struct.pack('i', 2**31)
except struct.error as e: print(e)
for f in ['<f', 'f', '<e', '<d', '>e', '>d']:
    for v in [1e300, float('inf'), float('nan'), 65519.0, 65520.0, 1e-8, 5.96e-8, 2.98e-8, -0.0, 3.4028235e38, 3.4028236e38, 1.5, -2.75, 0.1, 6.1e-5, 3e-5]:
        try: print(f, v, struct.pack(f, v).hex(), struct.unpack(f, struct.pack(f, v)))
        except Exception as e: print(f, v, type(e).__name__, e)
print(struct.pack('5p', b'ab'), struct.pack('2p', b'abc'), struct.unpack('5p', b'\x09abcd'), struct.pack('3s', b'a'), struct.pack('@bi', 1, 2), struct.pack('?', 5), struct.unpack('?', b'\x02'), struct.pack('>I', 1), struct.unpack('!h', b'\xff\xfe'))
print(struct.pack('i', True), struct.pack('P', 0), struct.unpack('3c', b'abc'))
class I:
    def __index__(self): return 7
print(struct.pack('b', I()))
try: struct.pack('d', I())
except Exception as e: print(type(e).__name__, e)
print(struct.pack('d', 3), struct.pack('f', True))
s = struct.Struct('>IhQ?3s')
data = s.pack(1, -2, 3, True, b'xyz')
print(s.size, data, s.unpack(data), s.unpack_from(b'\x00' + data, 1))
print(struct.pack('<qQnN', -5, 5, -6, 6) if False else struct.pack('<qQ', -5, 5), struct.unpack('@nN', struct.pack('@nN', -6, 6)))
print(struct.unpack('<4B', struct.pack('<i', -2)), struct.unpack('>L', b'\x80\x00\x00\x01'))
for fmt, v in [('>Q', 1<<64), ('>Q', -1), ('>q', -(1<<63)-1), ('>I', -1), ('>I', 1<<40), ('>i', 1<<40), ('>l', 1<<40), ('>L', -1), ('<L', 1<<70), ('>L', 1<<70), ('>i', 1<<70), ('<i', 1<<70), ('>h', 1<<70), ('>H', -1), ('>B', -1), ('>b', 1<<70), ('P', 1<<64), ('P', -(1<<63)-1)]:
    try: print(fmt, struct.pack(fmt, v))
    except Exception as e: print(fmt, type(e).__name__, e)
