def f(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        print(e)
        raise ValueError("bad") from e
    finally:
        print("done")
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
  varnames "x" "e"
  nregs 24
  consts 0:1 1:"done" 2:"bad" 3:None
  names 0:'print' 1:'ZeroDivisionError' 2:'ValueError'
     0     3  r0 = const 1
     1      ! r1 = load.fast $x
     2      ! r2 = binary.truediv r0, r1
     3     8  r3 = load.global 'print'
     4        r4 = const "done"
     5        r5 = call r3, (r4)
     6     3  return r2
     7     2  exc.push r6
     8     4! r7 = load.global 'ZeroDivisionError'
     9      ! r8 = exc.match r6, r7
    10        branch r8, then->15, else->13
    11     2  exc.pop
    12      ! reraise r9
    13        exc.pop
    14      ! reraise r6
    15     4  store.fast $e, r6
    16     5! r10 = load.global 'print'
    17      ! r11 = load.fast $e
    18      ! r12 = call r10, (r11)
    19     6! r13 = load.global 'ValueError'
    20        r14 = const "bad"
    21      ! r15 = call r13, (r14)
    22      ! r16 = load.fast $e
    23      ! raise r15, r16
    24     4  r18 = const None
    25        store.fast $e, r18
    26      ! del.fast $e
    27        exc.pop
    28      ! reraise r17
    29     2  exc.push r19
    30     8! r20 = load.global 'print'
    31        r21 = const "done"
    32      ! r22 = call r20, (r21)
    33     2  exc.pop
    34        reraise r19
    35        exc.pop
    36        reraise r23
  handlers
    1..3 -> 7 r6
    8..10 -> 11 r9
    12..13 -> 29 r19
    14..15 -> 29 r19
    16..20 -> 24 r17
    21..24 -> 24 r17
    26..27 -> 29 r19
    28..29 -> 29 r19
    30..31 -> 35 r23
    32..33 -> 35 r23
