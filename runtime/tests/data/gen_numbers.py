"""Regenerates numbers_cases.txt with python3 (CPython 3.11): one case per
line, OP<TAB>ARG...<TAB>=<TAB>repr(result) or !ExcName: message.
Arguments are tagged: i:int f:float(repr) s:str h:utf-8 hex c:re,im b:bool n:None
l:list of ints. OP is a binary operator, call:TYPE, meth:NAME, attr:NAME,
pow3, repr, cmp:OP."""
import operator, random

random.seed(99)
INF, NAN = float('inf'), float('nan')

def enc(v):
    if isinstance(v, bool): return 'b:%s' % v
    if isinstance(v, int): return 'i:%d' % v
    if isinstance(v, float): return 'f:%r' % v
    if isinstance(v, complex): return 'c:%r,%r' % (v.real, v.imag)
    if isinstance(v, str):
        if v.isascii() and v.isprintable():
            return 's:' + v
        return 'h:' + v.encode().hex()
    if v is None: return 'n:'
    if isinstance(v, list): return 'l:' + ','.join(map(str, v))
    raise TypeError(v)

def out(f):
    try:
        r = f()
        return repr(r)
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)

BIN = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
       '//': operator.floordiv, '%': operator.mod, 'divmod': divmod, '**': operator.pow,
       '<<': operator.lshift, '>>': operator.rshift, '&': operator.and_, '|': operator.or_,
       '^': operator.xor}
CMP = {'<': operator.lt, '<=': operator.le, '==': operator.eq, '!=': operator.ne,
       '>': operator.gt, '>=': operator.ge}
lines = []
def case(op, *args):
    if op in BIN: r = out(lambda: BIN[op](*args))
    elif op.startswith('cmp:'): r = out(lambda: CMP[op[4:]](*args))
    elif op.startswith('call:'): r = out(lambda: {'int': int, 'float': float, 'complex': complex, 'bool': bool}[op[5:]](*args))
    elif op.startswith('meth:'): r = out(lambda: getattr(args[0], op[5:])(*args[1:]))
    elif op.startswith('attr:'): r = out(lambda: getattr(args[0], op[5:]))
    elif op == 'from_bytes': r = out(lambda: int.from_bytes(*args))
    elif op == 'fromhex': r = out(lambda: float.fromhex(*args))
    elif op == 'pow3': r = out(lambda: pow(*args))
    elif op == 'repr': r = out(lambda: repr(args[0]))
    elif op == 'hash': r = out(lambda: hash(args[0]))
    elif op == 'abs': r = out(lambda: abs(args[0]))
    elif op == 'neg': r = out(lambda: -args[0])
    elif op == 'invert': r = out(lambda: ~args[0])
    else: raise ValueError(op)
    assert '\t' not in r and '\n' not in r
    lines.append('\t'.join([op] + [enc(a) for a in args] + ['=', r]))

ints = [0, 1, -1, 2, -7, 7, 3, 10, 255, 2**61 - 1, -2**61, 2**64 + 5, -(3**50), 10**30]
floats = [0.0, -0.0, 0.5, -2.5, 1.5, 3.0, -7.0, 1e300, 1e-300, 5e-324, INF, -INF, NAN, 2.0**53 + 2, 0.1, -1.75]
for op in BIN:
    for a in ints[:10] + [2**64 + 5, -(3**50)]:
        for b in [0, 1, -1, 2, -3, 7, 64, 2**64 + 5, -(3**50)]:
            if op == '**' and abs(b) > 100: continue
            if op == '<<' and b > 1000: continue
            case(op, a, b)
for op in ['+', '-', '*', '/', '//', '%', 'divmod', '**']:
    for a in floats:
        for b in [0.0, -0.0, 1.0, -1.0, 0.5, 3.0, -2.5, INF, -INF, NAN, 1e300, 2, -3]:
            case(op, a, b)
    for a in [2, -3, 0, 10**400]:
        for b in [0.5, -2.5, INF, 0.0]:
            case(op, a, b); case(op, b, a)
for a in [(1+2j), -1j, complex(0, -0.0), complex(INF, 1), complex(1e300, 1e300), 0j, (2+0j)]:
    for b in [(1+2j), 0j, 2, 0.5, -1.0, (3-4j), 1e-300j, (0.5+0.5j)]:
        for op in ['+', '-', '*', '/', '**', '//']:
            case(op, a, b); case(op, b, a)
    case('repr', a); case('hash', a); case('abs', a); case('neg', a)
    case('meth:conjugate', a); case('attr:real', a); case('attr:imag', a)
    case('cmp:==', a, 2); case('cmp:<', a, a)
for a, b in [((-8.0), 1/3), (-2.0, 0.5), (2.0, 10000.0), (-2.0, 1e300), (10.0, -400.0), (-0.0, -1.0),
             (-0.0, 3.0), (INF, 0.0), (1.0, NAN), (-1.0, INF), (0.0, -INF), (-2.0, -INF), (-INF, 3.0),
             (-INF, -3.0), (-INF, 2.0), (2.0, 0.5), (-8, 1/3), (1e200j, 2), (1+1j, 1000), (0j, -1), (0j, 1j)]:
    case('**', a, b)
for x in ints + [True, False] + [2**1000, -(2**1000) + 1, 10**22, 2**53 + 1, 2**54 + 3]:
    for f in [0.0, 0.5, -0.5, 1.0, -1.0, 1e300, INF, -INF, NAN, 2.0**53, 2.0**53 + 2, 9007199254740993.0, 1e22, 2.0**64, -2.0**61]:
        for c in ['<', '==', '>=']:
            case('cmp:' + c, x, f)
            case('cmp:' + c, f, x)
    case('call:float', x)
    case('/', x, 3); case('/', 1, x) if x else None
for a in ['0', ' -0x_1f ', '0x_1f', '0_x1f', '010', '000', '0_0', '1__0', '_1', '1_', '', '  ', 'z', 'Z',
          '+ 1', '\u0663', '\u0661\u0662', '\u00a012\u2003', '0b', '0b1', '1e3', '1.5', '12', '-12',
          '0o17', '0O17', '0B101', '9' * 40, 'x' * 300, '1' * 5000, '\uff11\uff12']:
    case('call:int', a)
    for base in [0, 2, 8, 16, 36, 37, 1, -1]:
        case('call:int', a, base)
for a in [2.9, -2.9, INF, NAN, 1e300, -0.5, True, None, [1], 5]:
    case('call:int', a)
case('call:int', 5, 10); case('call:int')
for a in ['1_000.5', '1_.5', ' -Infinity ', 'nAn', '-nan', '+inf', 'infinit', 'abc', '', '1e500', '-1e-500',
          '\u0663.\u0665', '0x10', ' 1.5\n', '1e5', '.5', '5.', '.', 'e5', '1_0e1_0', '1e_5', '1._5',
          '1.5e+-3', '--1', '0.1', '2.675', '123456789012345678901234567890']:
    case('call:float', a)
    case('call:complex', a)
for a in [' (1+2j) ', '1 + 2j', '-j', 'j', '+J', '1+j', 'inf-nanj', '1e3J', '1_0+2_0j', '1e+3-2e-3j', '(1)',
          '((1))', '(', '3-', 'j1', '1jj', '-1.5e3+0.25j', 'nanj', '(1+2j']:
    case('call:complex', a)
for args in [(1, 2), (1j, 1j), (1.5,), ('1', 2), (1, '2'), (None,), (2.5, -1), (True, False), (1j,), (2, 1j)]:
    case('call:complex', *args)
case('call:complex')
for a in [None, 1.5, [1], 5, 10**400]:
    case('call:float', a)
case('call:float')
for x in [0, 5, -5, 255, 2**100, -(2**100) + 3, True, 0x10FFFF]:
    for m in ['bit_length', 'bit_count', 'as_integer_ratio', 'conjugate', '__index__', '__trunc__',
              '__floor__', '__ceil__', '__round__', '__float__']:
        case('meth:' + m, x)
    for a in ['real', 'imag', 'numerator', 'denominator']:
        case('attr:' + a, x)
    for nd in [-1, -2, 0, 2, -30]:
        case('meth:__round__', x, nd)
    for args in [(2,), (2, 'little'), (16, 'big', True), (1,), (0,), (-1,), (2, 'mid'), (20, 'little', True)]:
        case('meth:to_bytes', x, *args)
for v in [15, 25, -25, 35, 12345, -12355, 10**30 + 5 * 10**29]:
    case('meth:__round__', v, -1); case('meth:__round__', v, -30)
for b in [[1, 2], [255, 255], [256], [], [0, 0, 1], [128]]:
    for order in ['big', 'little']:
        case('from_bytes', b, order)
for x in [0.0, -0.0, 2.5, -2.5, 0.1, 1e300, 5e-324, INF, NAN, -1.75, 1e-310, 3.0, 2.0**60]:
    for m in ['is_integer', 'as_integer_ratio', 'hex', 'conjugate', '__trunc__', '__floor__', '__ceil__', '__round__', '__int__']:
        case('meth:' + m, x)
    case('attr:real', x); case('attr:imag', x); case('repr', x)
    if x == x: case('hash', x)  # NaNs hash by identity
for x, n in [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (-0.4, 0), (1e300, -300), (1.7e308, -308),
             (123.456, -1), (INF, 2), (NAN, 0), (0.5, 0), (1.5, 0), (-0.5, 0), (1.0005, 3), (5e-324, 323),
             (5e-324, 400), (12345.6789, -310), (1.23456789e-300, 305), (-1.5, 0), (0.285, 2), (1.015, 2)]:
    case('meth:__round__', x, n)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.7, -3.7, 1e300, INF, NAN, 2.0**53 + 2]:
    case('meth:__round__', x)
for s in ['0x1.8p3', ' -0X1P-1074 ', '0x1p-1076', '0x1p-1075', '0x3p-1076', '0x1p1024', '0x1.fffffffffffff8p1023',
          '0x1.fffffffffffff7p1023', '1.8', 'x', 'inf', '-nan', '0x.8', '0x1.p1', '0x', '0xp1', '0x1p', '0x1p+99999999999999999999',
          '0x1p-99999999999999999999', '0x0p100000', '0x1.0000000000000800001p0', '0x1.00000000000008p0']:
    case('fromhex', s)
for a, b, m in [(3, -1, 7), (2, -1, 4), (2, 3, 0), (2, 3, -5), (-2, 3, 5), (2, -3, -7), (2.0, 3, 5),
                (2, 3, 5.0), (0, -1, 1), (3, -1, 1), (5, 0, 1), (5, 0, -1), (7, 10**20, 13), (1j, 2, 3),
                (2, 10, None), (3**40, 2**70 + 1, 10**25 + 7), (-3, -5, 1000003)]:
    case('pow3', a, b, m)
for x in [True, False]:
    for y in [True, False, 1, 0]:
        for op in ['+', '&', '|', '^', '-', '*']:
            case(op, x, y)
    case('repr', x); case('invert', x); case('neg', x); case('hash', x)
for i in range(200):
    x = random.choice([random.random() * 10 ** random.randint(-30, 30),
                       random.getrandbits(64) / 2 ** random.randint(0, 80),
                       struct_x if (struct_x := __import__('struct').unpack('d', random.getrandbits(64).to_bytes(8, 'little'))[0]) == struct_x else 1.0])
    case('repr', x)
    case('hash', x)
for x in [2**61 - 1, 2**61, -(2**61), 2**100, -(2**100), 10**50, -1, -2]:
    case('hash', x)
for v in [1 << 62, 2**64]:
    case('<<', 1, 10**20); case('<<', 0, 10**20); case('>>', 1, 10**20); case('>>', -1, 10**20)
case('**', -1, 10**20); case('**', 1, 10**20); case('**', 0, 10**20)
case('repr', 10**4300 - 1); case('**', 10, 4300)
open('numbers_cases.txt', 'w').write('\n'.join(lines) + '\n')
print(len(lines))
