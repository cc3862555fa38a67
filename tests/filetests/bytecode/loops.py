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
     5        r19 = for_iter r4, next->21, done->6
     6     7  r5 = load.name 'total'
     7        r6 = unary.neg r5
     8        store.name 'total', r6
     9        r6 = clear
    10     8  r7 = load.name 'total'
    11        branch.lt r7, 100, then->13, else->20
    12        jump ->20
    13     9  r11 = load.name 'total'
    14        r13 = inplace.mul r11, 2
    15        store.name 'total', r13
    16        r13 = clear
    17    10  r14 = load.name 'total'
    18        branch.eq r14, 64, then->20, else->19
    19     8  jump ->10
    20        return None
    21     2  store.name 'i', r19
    22     3  r20 = load.name 'i'
    23        r22 = binary.mod r20, 2
    24        branch r22, then->31, else->25
    25     5  r24 = load.name 'total'
    26        r25 = load.name 'i'
    27        r26 = inplace.add r24, r25
    28        store.name 'total', r26
    29        r26 = clear
    30     2  jump ->5
    31     4  jump ->5
