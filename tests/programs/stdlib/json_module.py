import json
for f in [lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps([float('nan')], allow_nan=False, indent=2), lambda: json.dumps({(1,):2}), lambda: json.dumps({(1,):2}, indent=1), lambda: json.dumps({1:2,'a':3}, sort_keys=True), lambda: json.dumps(set()), lambda: json.dumps([set()], indent=1), lambda: json.dumps({float('inf'): 1, 2.5: 2, True: 3, None: 4}), lambda: json.dumps('\u00e9\U0001f600\x01\x7f'), lambda: json.dumps('\u00e9\U0001f600\x01', ensure_ascii=False), lambda: json.dumps([[]], indent=2), lambda: json.dumps({}, indent=2), lambda: json.dumps([1,{'a':[2,3]}], indent='\t'), lambda: json.dumps([1,2], separators=(',', ':')), lambda: json.dumps([1], indent=0), lambda: json.dumps([1], indent=-1), lambda: json.dumps({'b': 1, 'a': [1.5, 1e100, 0.1, -0.0, 10**20]}, sort_keys=True, indent=4), lambda: json.dumps((1, "x\"\\\n\t\b\f\r/")), lambda: json.dumps({(1,): 2, 'k': 3}, skipkeys=True), lambda: json.dumps(set([1]), default=list), lambda: json.dumps(1.0), lambda: json.dumps(True), lambda: json.dumps(None)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
a=[]; a.append(a)
try: json.dumps(a)
except Exception as e: print(type(e).__name__, e)
try: json.dumps(a, indent=1)
except Exception as e: print(type(e).__name__, e)
for s in ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\x01"', '"\\x"', '"\\u12"', '1 2', 'nul', '[', '{', '{"a":', '\ufeff1', '-', '01', '1.', '1e', '-Infinity', 'NaN', '[1,\n2,\n  x]', '"\\ud83d\\ude00"', ' {"a": [1, 2.5, -3e2, true, false, null, "x\\n"], "b": {}} ', '[1E400, -0, 0.5e-3]', '"\\u00e9\\/"', '{"a":1,"a":2}']:
  try: print(repr(s), repr(json.loads(s)))
  except json.JSONDecodeError as e: print(repr(s), type(e).__name__, e, e.pos, e.lineno, e.colno, e.msg)
try: json.loads([1])
except Exception as e: print(type(e).__name__, e)
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{}')))
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: c.upper()))
print(json.decoder.JSONDecodeError is json.JSONDecodeError, issubclass(json.JSONDecodeError, ValueError))
print(json.JSONDecoder().raw_decode('[1] xyz'), json.JSONDecoder().raw_decode('  [1]', 2))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({'z': 1+2j}, cls=E), E(indent=1).encode([3j]))
try: json.dumps(object(), cls=E)
except TypeError as e: print(e)
import io
buf = io.StringIO()
json.dump({"x": [1, 2]}, buf, indent=2)
print(buf.getvalue())
print(json.load(io.StringIO('{"y": null}')))
print(json.dumps("é", ensure_ascii=False), json.dumps({"é": "é"}))
