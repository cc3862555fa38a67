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
     6        r4 = clear
     7        r5 = const None
     8        return r5

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
     6        r5 = clear
     7        r3 = clear
     8        r4 = clear
     9     3  return r2
    10     2  exc.push r6
    11     4! r7 = load.global 'ZeroDivisionError'
    12      ! r8 = exc.match r6, r7
    13        branch r8, then->18, else->16
    14     2  exc.pop
    15      ! reraise r9
    16        exc.pop
    17      ! reraise r6
    18     4  store.fast $e, r6
    19     5! r10 = load.global 'print'
    20      ! r11 = load.fast $e
    21      ! r12 = call r10, (r11)
    22        r12 = clear
    23        r10 = clear
    24        r11 = clear
    25     6! r13 = load.global 'ValueError'
    26        r14 = const "bad"
    27      ! r15 = call r13, (r14)
    28        r13 = clear
    29        r14 = clear
    30      ! r16 = load.fast $e
    31      ! raise r15, r16
    32     4  r18 = const None
    33        store.fast.move $e, r18
    34      ! del.fast $e
    35        exc.pop
    36      ! reraise r17
    37     2  exc.push r19
    38     8! r20 = load.global 'print'
    39        r21 = const "done"
    40      ! r22 = call r20, (r21)
    41        r22 = clear
    42        r20 = clear
    43        r21 = clear
    44     2  exc.pop
    45        reraise r19
    46        exc.pop
    47        reraise r23
  handlers
    1..3 -> 10 r6
    11..13 -> 14 r9
    15..16 -> 37 r19
    17..18 -> 37 r19
    19..22 -> 32 r17
    25..26 -> 32 r17
    27..28 -> 32 r17
    30..32 -> 32 r17
    34..35 -> 37 r19
    36..37 -> 37 r19
    38..39 -> 46 r23
    40..41 -> 46 r23
