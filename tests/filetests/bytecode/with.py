def f(path):
    with open(path) as fh, lock:
        return fh.read()
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
  varnames "path" "fh"
  nregs 25
  consts 0:None
  names 0:'open' 1:'__enter__' 2:'__exit__' 3:'lock' 4:'read'
     0     2  r0 = load.global 'open'
     1        r1 = call r0, ($path)
     2        r0 = clear
     3        r2 = special.lookup '__enter__', r1
     4        r3 = special.lookup '__exit__', r1
     5        r4 = call r2, ()
     6        r2 = clear
     7        store.fast $fh, r4
     8      ! r5 = load.global 'lock'
     9      ! r6 = special.lookup '__enter__', r5
    10      ! r7 = special.lookup '__exit__', r5
    11      ! r8 = call r6, ()
    12        r8 = clear
    13        r6 = clear
    14     3! r9 = load_method r10, 'read', $fh
    15      ! r11 = call_method r9, r10, ()
    16        r9 = clear
    17     2! r12 = call r7, (None, None, None)
    18        r12 = clear
    19        r13 = call r3, (None, None, None)
    20        r13 = clear
    21     3  return r11
    22     2  exc.push r14
    23        r15 = exc.type r14
    24        r16 = exc.traceback r14
    25      ! r17 = call r7, (r15, r14, r16)
    26        r15 = clear
    27        r16 = clear
    28      ! branch r17, then->46, else->31
    29        exc.pop
    30      ! reraise r18
    31        exc.pop
    32      ! reraise r14
    33        exc.push r19
    34        r20 = exc.type r19
    35        r21 = exc.traceback r19
    36      ! r22 = call r3, (r20, r19, r21)
    37        r20 = clear
    38        r21 = clear
    39      ! branch r22, then->44, else->42
    40        exc.pop
    41        reraise r23
    42        exc.pop
    43        reraise r19
    44        exc.pop
    45        jump ->49
    46        exc.pop
    47        r24 = call r3, (None, None, None)
    48        r24 = clear
    49        return None
  handlers
    8..12 -> 33 r19
    14..16 -> 22 r14
    17..18 -> 33 r19
    25..26 -> 29 r18
    28..29 -> 29 r18
    30..31 -> 33 r19
    32..33 -> 33 r19
    36..37 -> 40 r23
    39..40 -> 40 r23
