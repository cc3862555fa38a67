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
  nregs 1
  consts 0:None
  names 0:'f'
     0     1  r0 = function.make code 1, None, None, None, None
     1        store.name 'f', r0
     2        r0 = clear
     3        return None

code 1 "f" qualname "f" kind function suspension plain line 1
  params posonly 0 positional 1 kwonly 0
  varnames "p" "x" "rest" "v" "kw" "y"
  nregs 19
  types r1:bool r2:int r3:bool r4:int r5:tuple r7:bool r10:bool r13:dict r14:tuple r15:tuple r18:tuple
  consts 0:1 1:"k" 2:None 3:0 4:("x", "y")
  names 0:'Point'
     0     2  r0 = load.fast $p
     1     3  r1 = match.sequence r0
     2        branch r1, then->3, else->5
     3        r2 = len r0
     4        branch.ge r2, 1, then->29, else->5
     5     5  r3 = match.mapping r0
     6        branch r3, then->7, else->13
     7        r4 = len r0
     8        branch.ge r4, 1, then->9, else->13
     9        r5 = tuple.build ("k")
    10        r6 = match.keys r0, r5
    11        r7 = compare.is_not r6, None
    12        branch r7, then->23, else->13
    13     7  r8 = load.global 'Point'
    14        r9 = match.class #0, kw("x", "y"), r0, r8
    15        r10 = compare.is_not r9, None
    16        branch r10, then->17, else->21
    17        r11 = tuple.item #0, r9
    18        branch.eq r11, 0, then->19, else->21
    19        $y = tuple.item #1, r9
    20        branch.gt $y, 1, then->22, else->21
    21    10  return None
    22     8  return $y
    23     5  r12 = tuple.item #0, r6
    24        r13 = dict.without r0, r5
    25        store.fast.move $v, r12
    26        store.fast.move $kw, r13
    27     6  r14 = tuple.build ($v, $kw)
    28        return r14
    29     3  r15 = unpack.ex #1, #0, r0
    30        r16 = tuple.item #0, r15
    31        r17 = tuple.item #1, r15
    32        store.fast.move $x, r16
    33        store.fast.move $rest, r17
    34     4  r18 = tuple.build ($x, $rest)
    35        return r18
