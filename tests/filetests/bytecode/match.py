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
     2        branch r1, then->3, else->5
     3        r2 = len r0
     4        branch.ge r2, 1, then->29, else->5
     5     5  r6 = match.mapping r0
     6        branch r6, then->7, else->13
     7        r7 = len r0
     8        branch.ge r7, 1, then->9, else->13
     9        r12 = tuple.build ("k")
    10        r13 = match.keys r0, r12
    11        r15 = compare.is_not r13, None
    12        branch r15, then->23, else->13
    13     7  r16 = load.global 'Point'
    14        r17 = match.class #0, kw("x", "y"), r0, r16
    15        r19 = compare.is_not r17, None
    16        branch r19, then->17, else->21
    17        r20 = tuple.item #0, r17
    18        branch.eq r20, 0, then->19, else->21
    19        $y = tuple.item #1, r17
    20        branch.gt $y, 1, then->22, else->21
    21    10  return None
    22     8  return $y
    23     5  r31 = tuple.item #0, r13
    24        r32 = dict.without r0, r12
    25        store.fast.move $v, r31
    26        store.fast.move $kw, r32
    27     6  r35 = tuple.build ($v, $kw)
    28        return r35
    29     3  r36 = unpack.ex #1, #0, r0
    30        r37 = tuple.item #0, r36
    31        r38 = tuple.item #1, r36
    32        store.fast.move $x, r37
    33        store.fast.move $rest, r38
    34     4  r41 = tuple.build ($x, $rest)
    35        return r41
