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
     6        r4 = clear
     7        r5 = const None
     8        return r5

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
     7        branch r5, then->53, else->8
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
    20        branch r15, then->43, else->21
    21     7  r16 = load.global 'Point'
    22        r17 = match.class #0, kw("x", "y"), r0, r16
    23        r18 = const None
    24        r19 = compare.is_not r17, r18
    25        branch r19, then->26, else->39
    26        r20 = tuple.item #0, r17
    27        r21 = const 0
    28        r22 = compare.eq r20, r21
    29        r23 = truth r22
    30        branch r23, then->31, else->39
    31        r24 = tuple.item #1, r17
    32        store.fast $y, r24
    33        r24 = clear
    34        r25 = load.fast $y
    35        r26 = const 1
    36        r27 = compare.gt r25, r26
    37        r28 = truth r27
    38        branch r28, then->41, else->39
    39    10  r29 = const None
    40        return r29
    41     8  r30 = load.fast $y
    42        return r30
    43     5  r31 = tuple.item #0, r13
    44        r32 = dict.without r0, r12
    45        store.fast $v, r31
    46        r31 = clear
    47        store.fast $kw, r32
    48        r32 = clear
    49     6  r33 = load.fast $v
    50        r34 = load.fast $kw
    51        r35 = tuple.build (r33, r34)
    52        return r35
    53     3  r36 = unpack.ex #1, #0, r0
    54        r37 = tuple.item #0, r36
    55        r38 = tuple.item #1, r36
    56        store.fast $x, r37
    57        r37 = clear
    58        store.fast $rest, r38
    59        r38 = clear
    60     4  r39 = load.fast $x
    61        r40 = load.fast $rest
    62        r41 = tuple.build (r39, r40)
    63        return r41
