def f(path):
    with open(path) as fh, lock:
        return fh.read()
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
  varnames "path" "fh"
  nregs 32
  consts 0:None
  names 0:'open' 1:'__enter__' 2:'__exit__' 3:'lock' 4:'read'
     0     2  r0 = load.global 'open'
     1        r1 = load.fast $path
     2        r2 = call r0, (r1)
     3        r3 = special.lookup '__enter__', r2
     4        r4 = special.lookup '__exit__', r2
     5        r5 = call r3, ()
     6        store.fast $fh, r5
     7      ! r6 = load.global 'lock'
     8      ! r7 = special.lookup '__enter__', r6
     9      ! r8 = special.lookup '__exit__', r6
    10      ! r9 = call r7, ()
    11     3! r10 = load.fast $fh
    12      ! r11 = attr.get 'read', r10
    13      ! r12 = call r11, ()
    14     2  r13 = const None
    15      ! r14 = call r8, (r13, r13, r13)
    16        r15 = const None
    17        r16 = call r4, (r15, r15, r15)
    18     3  return r12
    19     2  exc.push r17
    20        r18 = exc.type r17
    21        r19 = exc.traceback r17
    22      ! r20 = call r8, (r18, r17, r19)
    23      ! r21 = truth r20
    24        branch r21, then->41, else->27
    25        exc.pop
    26      ! reraise r22
    27        exc.pop
    28      ! reraise r17
    29        exc.push r23
    30        r24 = exc.type r23
    31        r25 = exc.traceback r23
    32      ! r26 = call r4, (r24, r23, r25)
    33      ! r27 = truth r26
    34        branch r27, then->39, else->37
    35        exc.pop
    36        reraise r28
    37        exc.pop
    38        reraise r23
    39        exc.pop
    40        jump ->44
    41        exc.pop
    42        r29 = const None
    43        r30 = call r4, (r29, r29, r29)
    44        r31 = const None
    45        return r31
  handlers
    7..11 -> 29 r23
    11..14 -> 19 r17
    15..16 -> 29 r23
    22..24 -> 25 r22
    26..27 -> 29 r23
    28..29 -> 29 r23
    32..34 -> 35 r28
