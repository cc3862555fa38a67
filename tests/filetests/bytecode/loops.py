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
     0     1  store.name 'total', 0
     1     2  r1 = load.name 'range'
     2        r3 = call r1, (10)
     3        r1 = clear
     4        r4 = iter r3
     5        r19 = for_iter r4, next->23, done->6
     6     7  r5 = load.name 'total'
     7        r6 = unary.neg r5
     8        store.name 'total', r6
     9        r6 = clear
    10     8  r7 = load.name 'total'
    11        r9 = compare.lt r7, 100
    12        branch r9, then->14, else->13
    13        jump ->22
    14     9  r11 = load.name 'total'
    15        r13 = inplace.mul r11, 2
    16        store.name 'total', r13
    17        r13 = clear
    18    10  r14 = load.name 'total'
    19        r16 = compare.eq r14, 64
    20        branch r16, then->22, else->21
    21     8  jump ->10
    22        return None
    23     2  store.name 'i', r19
    24     3  r20 = load.name 'i'
    25        r22 = binary.mod r20, 2
    26        branch r22, then->33, else->27
    27     5  r24 = load.name 'total'
    28        r25 = load.name 'i'
    29        r26 = inplace.add r24, r25
    30        store.name 'total', r26
    31        r26 = clear
    32     2  jump ->5
    33     4  jump ->5
