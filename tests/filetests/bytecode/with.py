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
     6        r4 = clear
     7        r5 = const None
     8        return r5

code 1 "f" qualname "f" kind function suspension plain line 1
  params posonly 0 positional 1 kwonly 0
  varnames "path" "fh"
  nregs 33
  consts 0:None
  names 0:'open' 1:'__enter__' 2:'__exit__' 3:'lock' 4:'read'
     0     2  r0 = load.global 'open'
     1        r1 = load.fast $path
     2        r2 = call r0, (r1)
     3        r0 = clear
     4        r1 = clear
     5        r3 = special.lookup '__enter__', r2
     6        r4 = special.lookup '__exit__', r2
     7        r5 = call r3, ()
     8        r3 = clear
     9        store.fast $fh, r5
    10      ! r6 = load.global 'lock'
    11      ! r7 = special.lookup '__enter__', r6
    12      ! r8 = special.lookup '__exit__', r6
    13      ! r9 = call r7, ()
    14        r9 = clear
    15        r7 = clear
    16     3! r10 = load.fast $fh
    17      ! r11 = load_method r32, 'read', r10
    18      ! r12 = call_method r11, r32, ()
    19        r11 = clear
    20     2  r13 = const None
    21      ! r14 = call r8, (r13, r13, r13)
    22        r14 = clear
    23        r15 = const None
    24        r16 = call r4, (r15, r15, r15)
    25        r16 = clear
    26     3  return r12
    27     2  exc.push r17
    28        r18 = exc.type r17
    29        r19 = exc.traceback r17
    30      ! r20 = call r8, (r18, r17, r19)
    31        r18 = clear
    32        r19 = clear
    33      ! branch r20, then->51, else->36
    34        exc.pop
    35      ! reraise r22
    36        exc.pop
    37      ! reraise r17
    38        exc.push r23
    39        r24 = exc.type r23
    40        r25 = exc.traceback r23
    41      ! r26 = call r4, (r24, r23, r25)
    42        r24 = clear
    43        r25 = clear
    44      ! branch r26, then->49, else->47
    45        exc.pop
    46        reraise r28
    47        exc.pop
    48        reraise r23
    49        exc.pop
    50        jump ->55
    51        exc.pop
    52        r29 = const None
    53        r30 = call r4, (r29, r29, r29)
    54        r30 = clear
    55        r31 = const None
    56        return r31
  handlers
    10..14 -> 38 r23
    16..19 -> 27 r17
    21..22 -> 38 r23
    30..31 -> 34 r22
    33..34 -> 34 r22
    35..36 -> 38 r23
    37..38 -> 38 r23
    41..42 -> 45 r28
    44..45 -> 45 r28
