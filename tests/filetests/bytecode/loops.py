total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
else:
    total = -total
while total < 100:
    total *= 2
    if total == 64:
        break
# ---- expected ----
bytecode module "__main__" file "test.py"

code 0 "<module>" qualname "<module>" kind module suspension plain line 1
  nregs 27
  consts 0:0 1:10 2:100 3:2 4:64 5:None
  names 0:'total' 1:'range' 2:'i'
     0     1  r0 = const 0
     1        store.name 'total', r0
     2     2  r1 = load.name 'range'
     3        r2 = const 10
     4        r3 = call r1, (r2)
     5        r4 = iter r3
     6        r19 = for_iter r4, next->28, done->7
     7     7  r5 = load.name 'total'
     8        r6 = unary.neg r5
     9        store.name 'total', r6
    10     8  r7 = load.name 'total'
    11        r8 = const 100
    12        r9 = compare.lt r7, r8
    13        r10 = truth r9
    14        branch r10, then->16, else->15
    15        jump ->26
    16     9  r11 = load.name 'total'
    17        r12 = const 2
    18        r13 = inplace.mul r11, r12
    19        store.name 'total', r13
    20    10  r14 = load.name 'total'
    21        r15 = const 64
    22        r16 = compare.eq r14, r15
    23        r17 = truth r16
    24        branch r17, then->26, else->25
    25     8  jump ->10
    26        r18 = const None
    27        return r18
    28     2  store.name 'i', r19
    29     3  r20 = load.name 'i'
    30        r21 = const 2
    31        r22 = binary.mod r20, r21
    32        r23 = truth r22
    33        branch r23, then->39, else->34
    34     5  r24 = load.name 'total'
    35        r25 = load.name 'i'
    36        r26 = inplace.add r24, r25
    37        store.name 'total', r26
    38     2  jump ->6
    39     4  jump ->6
