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
  nregs 15
  consts 0:0 1:10 2:100 3:2 4:64 5:None
  names 0:'total' 1:'range' 2:'i'
     0     1  store.name 'total', 0
     1     2  r0 = load.name 'range'
     2        r1 = call r0, (10)
     3        r0 = clear
     4        r2 = iter r1
     5        r3 = for_iter r2, next->21, done->6
     6     7  r4 = load.name 'total'
     7        r5 = unary.neg r4
     8        store.name 'total', r5
     9        r5 = clear
    10     8  r6 = load.name 'total'
    11        branch.lt r6, 100, then->13, else->20
    12        jump ->20
    13     9  r7 = load.name 'total'
    14        r8 = inplace.mul r7, 2
    15        store.name 'total', r8
    16        r8 = clear
    17    10  r9 = load.name 'total'
    18        branch.eq r9, 64, then->20, else->19
    19     8  jump ->10
    20        return None
    21     2  store.name 'i', r3
    22     3  r10 = load.name 'i'
    23        r11 = binary.mod r10, 2
    24        branch r11, then->31, else->25
    25     5  r12 = load.name 'total'
    26        r13 = load.name 'i'
    27        r14 = inplace.add r12, r13
    28        store.name 'total', r14
    29        r14 = clear
    30     2  jump ->5
    31     4  jump ->5
