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
  nregs 1
  consts 0:None
  names 0:'f'
     0     1  r0 = function.make code 1, None, None, None, None
     1        store.name 'f', r0
     2        r0 = clear
     3        return None

code 1 "f" qualname "f" kind function suspension plain line 1
  params posonly 0 positional 1 kwonly 0
  varnames "x" "e"
  nregs 16
  types r5:bool
  consts 0:1 1:"done" 2:"bad" 3:None
  names 0:'print' 1:'ZeroDivisionError' 2:'ValueError'
     0     3! r0 = binary.truediv 1, $x
     1     8  r1 = load.global 'print'
     2        r2 = call r1, ("done")
     3        r2 = clear
     4        r1 = clear
     5     3  return r0
     6     2  exc.push r3
     7     4! r4 = load.global 'ZeroDivisionError'
     8      ! r5 = exc.match r3, r4
     9        branch r5, then->14, else->12
    10     2  exc.pop
    11      ! reraise r6
    12        exc.pop
    13      ! reraise r3
    14     4  store.fast $e, r3
    15     5! r7 = load.global 'print'
    16      ! r8 = call r7, ($e)
    17        r8 = clear
    18        r7 = clear
    19     6! r9 = load.global 'ValueError'
    20      ! r10 = call r9, ("bad")
    21        r9 = clear
    22      ! raise r10, $e
    23     4  store.fast $e, None
    24      ! del.fast $e
    25        exc.pop
    26      ! reraise r11
    27     2  exc.push r12
    28     8! r13 = load.global 'print'
    29      ! r14 = call r13, ("done")
    30        r14 = clear
    31        r13 = clear
    32     2  exc.pop
    33        reraise r12
    34        exc.pop
    35        reraise r15
  handlers
    0..1 -> 6 r3
    7..9 -> 10 r6
    11..12 -> 27 r12
    13..14 -> 27 r12
    15..17 -> 23 r11
    19..21 -> 23 r11
    22..23 -> 23 r11
    24..25 -> 27 r12
    26..27 -> 27 r12
    28..30 -> 34 r15
