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
     2        branch r1, then->3, else->7
     3        r2 = len r0
     4        r3 = const 1
     5        r4 = compare.ge r2, r3
     6        branch r4, then->46, else->7
     7     5  r6 = match.mapping r0
     8        branch r6, then->9, else->19
     9        r7 = len r0
    10        r8 = const 1
    11        r9 = compare.ge r7, r8
    12        branch r9, then->13, else->19
    13        r11 = const "k"
    14        r12 = tuple.build (r11)
    15        r13 = match.keys r0, r12
    16        r14 = const None
    17        r15 = compare.is_not r13, r14
    18        branch r15, then->38, else->19
    19     7  r16 = load.global 'Point'
    20        r17 = match.class #0, kw("x", "y"), r0, r16
    21        r18 = const None
    22        r19 = compare.is_not r17, r18
    23        branch r19, then->24, else->34
    24        r20 = tuple.item #0, r17
    25        r21 = const 0
    26        r22 = compare.eq r20, r21
    27        branch r22, then->28, else->34
    28        r24 = tuple.item #1, r17
    29        store.fast.move $y, r24
    30        r25 = load.fast $y
    31        r26 = const 1
    32        r27 = compare.gt r25, r26
    33        branch r27, then->36, else->34
    34    10  r29 = const None
    35        return r29
    36     8  r30 = load.fast $y
    37        return r30
    38     5  r31 = tuple.item #0, r13
    39        r32 = dict.without r0, r12
    40        store.fast.move $v, r31
    41        store.fast.move $kw, r32
    42     6  r33 = load.fast $v
    43        r34 = load.fast $kw
    44        r35 = tuple.build (r33, r34)
    45        return r35
    46     3  r36 = unpack.ex #1, #0, r0
    47        r37 = tuple.item #0, r36
    48        r38 = tuple.item #1, r36
    49        store.fast.move $x, r37
    50        store.fast.move $rest, r38
    51     4  r39 = load.fast $x
    52        r40 = load.fast $rest
    53        r41 = tuple.build (r39, r40)
    54        return r41
