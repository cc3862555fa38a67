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
     9        r19 = for_iter r4, next->31, done->10
    10     7  r5 = load.name 'total'
    11        r6 = unary.neg r5
    12        store.name 'total', r6
    13        r6 = clear
    14     8  r7 = load.name 'total'
    15        r8 = const 100
    16        r9 = compare.lt r7, r8
    17        branch r9, then->19, else->18
    18        jump ->29
    19     9  r11 = load.name 'total'
    20        r12 = const 2
    21        r13 = inplace.mul r11, r12
    22        store.name 'total', r13
    23        r13 = clear
    24    10  r14 = load.name 'total'
    25        r15 = const 64
    26        r16 = compare.eq r14, r15
    27        branch r16, then->29, else->28
    28     8  jump ->14
    29        r18 = const None
    30        return r18
    31     2  store.name 'i', r19
    32     3  r20 = load.name 'i'
    33        r21 = const 2
    34        r22 = binary.mod r20, r21
    35        branch r22, then->42, else->36
    36     5  r24 = load.name 'total'
    37        r25 = load.name 'i'
    38        r26 = inplace.add r24, r25
    39        store.name 'total', r26
    40        r26 = clear
    41     2  jump ->9
    42     4  jump ->9
