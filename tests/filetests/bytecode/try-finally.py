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
     0     1  r4 = function.make code 1, None, None, None, None
     1        store.name 'f', r4
     2        r4 = clear
     3        return None

code 1 "f" qualname "f" kind function suspension plain line 1
  params posonly 0 positional 1 kwonly 0
  varnames "x" "e"
  nregs 24
  consts 0:1 1:"done" 2:"bad" 3:None
  names 0:'print' 1:'ZeroDivisionError' 2:'ValueError'
     0     3! r2 = binary.truediv 1, $x
     1     8  r3 = load.global 'print'
     2        r5 = call r3, ("done")
     3        r5 = clear
     4        r3 = clear
     5     3  return r2
     6     2  exc.push r6
     7     4! r7 = load.global 'ZeroDivisionError'
     8      ! r8 = exc.match r6, r7
     9        branch r8, then->14, else->12
    10     2  exc.pop
    11      ! reraise r9
    12        exc.pop
    13      ! reraise r6
    14     4  store.fast $e, r6
    15     5! r10 = load.global 'print'
    16      ! r12 = call r10, ($e)
    17        r12 = clear
    18        r10 = clear
    19     6! r13 = load.global 'ValueError'
    20      ! r15 = call r13, ("bad")
    21        r13 = clear
    22      ! raise r15, $e
    23     4  store.fast $e, None
    24      ! del.fast $e
    25        exc.pop
    26      ! reraise r17
    27     2  exc.push r19
    28     8! r20 = load.global 'print'
    29      ! r22 = call r20, ("done")
    30        r22 = clear
    31        r20 = clear
    32     2  exc.pop
    33        reraise r19
    34        exc.pop
    35        reraise r23
  handlers
    0..1 -> 6 r6
    7..9 -> 10 r9
    11..12 -> 27 r19
    13..14 -> 27 r19
    15..17 -> 23 r17
    19..21 -> 23 r17
    22..23 -> 23 r17
    24..25 -> 27 r19
    26..27 -> 27 r19
    28..30 -> 34 r23
