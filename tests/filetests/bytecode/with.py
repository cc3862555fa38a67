def f(path):
    with open(path) as fh, lock:
        return fh.read()
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
  varnames "path" "fh"
  nregs 33
  consts 0:None
  names 0:'open' 1:'__enter__' 2:'__exit__' 3:'lock' 4:'read'
     0     2  r0 = load.global 'open'
     1        r2 = call r0, ($path)
     2        r0 = clear
     3        r3 = special.lookup '__enter__', r2
     4        r4 = special.lookup '__exit__', r2
     5        r5 = call r3, ()
     6        r3 = clear
     7        store.fast $fh, r5
     8      ! r6 = load.global 'lock'
     9      ! r7 = special.lookup '__enter__', r6
    10      ! r8 = special.lookup '__exit__', r6
    11      ! r9 = call r7, ()
    12        r9 = clear
    13        r7 = clear
    14     3! r11 = load_method r32, 'read', $fh
    15      ! r12 = call_method r11, r32, ()
    16        r11 = clear
    17     2! r14 = call r8, (None, None, None)
    18        r14 = clear
    19        r16 = call r4, (None, None, None)
    20        r16 = clear
    21     3  return r12
    22     2  exc.push r17
    23        r18 = exc.type r17
    24        r19 = exc.traceback r17
    25      ! r20 = call r8, (r18, r17, r19)
    26        r18 = clear
    27        r19 = clear
    28      ! branch r20, then->46, else->31
    29        exc.pop
    30      ! reraise r22
    31        exc.pop
    32      ! reraise r17
    33        exc.push r23
    34        r24 = exc.type r23
    35        r25 = exc.traceback r23
    36      ! r26 = call r4, (r24, r23, r25)
    37        r24 = clear
    38        r25 = clear
    39      ! branch r26, then->44, else->42
    40        exc.pop
    41        reraise r28
    42        exc.pop
    43        reraise r23
    44        exc.pop
    45        jump ->49
    46        exc.pop
    47        r30 = call r4, (None, None, None)
    48        r30 = clear
    49        return None
  handlers
    8..12 -> 33 r23
    14..16 -> 22 r17
    17..18 -> 33 r23
    25..26 -> 29 r22
    28..29 -> 29 r22
    30..31 -> 33 r23
    32..33 -> 33 r23
    36..37 -> 40 r28
    39..40 -> 40 r28
