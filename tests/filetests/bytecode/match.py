def f(p):
    match p:
        case [x, *rest]:
            return x, rest
        case {"k": v, **kw}:
            return v, kw
        case Point(x=0, y=y) if y > 1:
            return y
        case _:
            return None
# ---- expected ----
bytecode module "__main__" file "test.py"

code 0 "<module>" qualname "<module>" kind module suspension plain line 1
  nregs 6
  consts 0:None
  names 0:'f'
     0     1  r4 = function.make code 1, None, None, None, None
     1        store.name 'f', r4
     2        r4 = clear
     3        return None

code 1 "f" qualname "f" kind function suspension plain line 1
  params posonly 0 positional 1 kwonly 0
  varnames "p" "x" "rest" "v" "kw" "y"
  nregs 42
  consts 0:1 1:"k" 2:None 3:0 4:("x", "y")
  names 0:'Point'
     0     2  r0 = load.fast $p
     1     3  r1 = match.sequence r0
     2        branch r1, then->3, else->6
     3        r2 = len r0
     4        r4 = compare.ge r2, 1
     5        branch r4, then->34, else->6
     6     5  r6 = match.mapping r0
     7        branch r6, then->8, else->15
     8        r7 = len r0
     9        r9 = compare.ge r7, 1
    10        branch r9, then->11, else->15
    11        r12 = tuple.build ("k")
    12        r13 = match.keys r0, r12
    13        r15 = compare.is_not r13, None
    14        branch r15, then->28, else->15
    15     7  r16 = load.global 'Point'
    16        r17 = match.class #0, kw("x", "y"), r0, r16
    17        r19 = compare.is_not r17, None
    18        branch r19, then->19, else->26
    19        r20 = tuple.item #0, r17
    20        r22 = compare.eq r20, 0
    21        branch r22, then->22, else->26
    22        r24 = tuple.item #1, r17
    23        store.fast.move $y, r24
    24        r27 = compare.gt $y, 1
    25        branch r27, then->27, else->26
    26    10  return None
    27     8  return $y
    28     5  r31 = tuple.item #0, r13
    29        r32 = dict.without r0, r12
    30        store.fast.move $v, r31
    31        store.fast.move $kw, r32
    32     6  r35 = tuple.build ($v, $kw)
    33        return r35
    34     3  r36 = unpack.ex #1, #0, r0
    35        r37 = tuple.item #0, r36
    36        r38 = tuple.item #1, r36
    37        store.fast.move $x, r37
    38        store.fast.move $rest, r38
    39     4  r41 = tuple.build ($x, $rest)
    40        return r41
