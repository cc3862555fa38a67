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
     2        r0 = clear
     3     2  r1 = load.name 'range'
     4        r2 = const 10
     5        r3 = call r1, (r2)
     6        r1 = clear
     7        r2 = clear
     8        r4 = iter r3
     9        r19 = for_iter r4, next->33, done->10
    10     7  r5 = load.name 'total'
    11        r6 = unary.neg r5
    12        store.name 'total', r6
    13        r6 = clear
    14     8  r7 = load.name 'total'
    15        r8 = const 100
    16        r9 = compare.lt r7, r8
    17        r10 = truth r9
    18        branch r10, then->20, else->19
    19        jump ->31
    20     9  r11 = load.name 'total'
    21        r12 = const 2
    22        r13 = inplace.mul r11, r12
    23        store.name 'total', r13
    24        r13 = clear
    25    10  r14 = load.name 'total'
    26        r15 = const 64
    27        r16 = compare.eq r14, r15
    28        r17 = truth r16
    29        branch r17, then->31, else->30
    30     8  jump ->14
    31        r18 = const None
    32        return r18
    33     2  store.name 'i', r19
    34     3  r20 = load.name 'i'
    35        r21 = const 2
    36        r22 = binary.mod r20, r21
    37        r23 = truth r22
    38        branch r23, then->45, else->39
    39     5  r24 = load.name 'total'
    40        r25 = load.name 'i'
    41        r26 = inplace.add r24, r25
    42        store.name 'total', r26
    43        r26 = clear
    44     2  jump ->9
    45     4  jump ->9
