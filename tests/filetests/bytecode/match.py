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
     0     1  r0 = const None
     1        r1 = const None
     2        r2 = const None
     3        r3 = const None
     4        r4 = function.make code 1, r0, r1, r2, r3
     5        store.name 'f', r4
     6        r5 = const None
     7        return r5

code 1 "f" qualname "f" kind function suspension plain line 1
  params posonly 0 positional 1 kwonly 0
  varnames "p" "x" "rest" "v" "kw" "y"
  nregs 42
  consts 0:1 1:"k" 2:None 3:("x", "y") 4:0
  names 0:'Point'
     0     2  r0 = load.fast $p
     1     3  r1 = match.sequence r0
     2        branch r1, then->3, else->8
     3        r2 = len r0
     4        r3 = const 1
     5        r4 = compare.ge r2, r3
     6        r5 = truth r4
     7        branch r5, then->50, else->8
     8     5  r6 = match.mapping r0
     9        branch r6, then->10, else->21
    10        r7 = len r0
    11        r8 = const 1
    12        r9 = compare.ge r7, r8
    13        r10 = truth r9
    14        branch r10, then->15, else->21
    15        r11 = const "k"
    16        r12 = tuple.build (r11)
    17        r13 = match.keys r0, r12
    18        r14 = const None
    19        r15 = compare.is_not r13, r14
    20        branch r15, then->42, else->21
    21     7  r16 = load.global 'Point'
    22        r17 = match.class #0, kw("x", "y"), r0, r16
    23        r18 = const None
    24        r19 = compare.is_not r17, r18
    25        branch r19, then->26, else->38
    26        r20 = tuple.item #0, r17
    27        r21 = const 0
    28        r22 = compare.eq r20, r21
    29        r23 = truth r22
    30        branch r23, then->31, else->38
    31        r24 = tuple.item #1, r17
    32        store.fast $y, r24
    33        r25 = load.fast $y
    34        r26 = const 1
    35        r27 = compare.gt r25, r26
    36        r28 = truth r27
    37        branch r28, then->40, else->38
    38    10  r29 = const None
    39        return r29
    40     8  r30 = load.fast $y
    41        return r30
    42     5  r31 = tuple.item #0, r13
    43        r32 = dict.without r0, r12
    44        store.fast $v, r31
    45        store.fast $kw, r32
    46     6  r33 = load.fast $v
    47        r34 = load.fast $kw
    48        r35 = tuple.build (r33, r34)
    49        return r35
    50     3  r36 = unpack.ex #1, #0, r0
    51        r37 = tuple.item #0, r36
    52        r38 = tuple.item #1, r36
    53        store.fast $x, r37
    54        store.fast $rest, r38
    55     4  r39 = load.fast $x
    56        r40 = load.fast $rest
    57        r41 = tuple.build (r39, r40)
    58        return r41
