"""Regenerates format_cases.txt with python3 (CPython 3.11): the expected
output of format(value, spec) for ints and floats, one case per line:
kind<TAB>repr(value)<TAB>spec<TAB>result, or !ExcName: message."""
import itertools, random

random.seed(1234)
ints = [0, 1, -1, 7, -42, 255, 1234, -1234567, 10**20 + 3, -(2**100), 65, 0x10FFFF, 0x110000]
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 0.125, 1234567.891, -0.0001, 1e16, 1e-5, 123.456,
          9.999, 0.5, 1e300, 5e-324, float('inf'), float('-inf'), float('nan'), 100.0, 12345.678]
aligns = ['', '<', '>', '^', '=', '*<', '0>', 'x^', '0=']
signs = ['', '+', '-', ' ']
extra = ['', '#', '0', 'z']
widths = ['', '1', '12']
groups = ['', ',', '_']
precs = ['', '.0', '.3', '.12']
int_types = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', '%', 'g', 's']
float_types = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 'd']

def specs(types):
    out = set()
    for _ in range(500):
        out.add(random.choice(aligns) + random.choice(signs) + random.choice(extra)
                + random.choice(widths) + random.choice(groups) + random.choice(precs)
                + random.choice(types))
    return sorted(out)

def run(v, s):
    try:
        return format(v, s)
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)

lines = []
for s in specs(int_types):
    for v in random.sample(ints, 4):
        lines.append('int\t%r\t%s\t%s' % (v, s, run(v, s)))
for s in specs(float_types):
    for v in random.sample(floats, 5):
        lines.append('float\t%r\t%s\t%s' % (v, s, run(v, s)))
for v, s in [(1234, '08,'), (1234, '010,'), (255, '#010_x'), (1234567.891, '015,.2f'),
             (1e100, '%'), (5, '{}'), (5, '1.'), (5, 'ab'), (5, ',_'), (5, '_,'),
             (5, '99999999999999999999'), (1.0, '#.0e'), (0.0001, 'g'), (1e5, '#g'),
             (1e16, '20'), (2**64, '_x'), (12345678, '_b'), (-0.0, 'z'), (float('nan'), 'z+'),
             (1.5, '.0e'), (2.675, '.2f'), (1e22, ''), (1e-7, ''), (123456789.0, '.3'),
             (9.5, '.0f'), (0.05, '.1%')]:
    lines.append('%s\t%r\t%s\t%s' % (type(v).__name__, v, s, run(v, s)))
assert all('\n' not in l and l.count('\t') == 3 for l in lines)
open('format_cases.txt', 'w').write('\n'.join(lines) + '\n')
