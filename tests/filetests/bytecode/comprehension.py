def f(xs):
    squares = [x * x for x in xs if x]
    pairs = {k: v for k, v in xs}
    return squares, pairs, (y for y in xs)
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
  varnames "xs" "squares" "pairs"
  nregs 21
  consts 0:None
     0     2  r0 = load.fast $xs
     1        r1 = iter r0
     2        r2 = const None
     3        r3 = const None
     4        r4 = function.make code 2, r2, r2, r2, r3
     5        r5 = call r4, (r1)
     6        r4 = clear
     7        r1 = clear
     8        store.fast.move $squares, r5
     9     3  r6 = load.fast $xs
    10        r7 = iter r6
    11        r8 = const None
    12        r9 = const None
    13        r10 = function.make code 3, r8, r8, r8, r9
    14        r11 = call r10, (r7)
    15        r10 = clear
    16        r7 = clear
    17        store.fast.move $pairs, r11
    18     4  r12 = load.fast $squares
    19        r13 = load.fast $pairs
    20        r14 = load.fast $xs
    21        r15 = iter r14
    22        r16 = const None
    23        r17 = const None
    24        r18 = function.make code 4, r16, r16, r16, r17
    25        r19 = call r18, (r15)
    26        r18 = clear
    27        r15 = clear
    28        r20 = tuple.build (r12, r13, r19)
    29        return r20

code 2 "<listcomp>" qualname "f.<locals>.<listcomp>" kind comprehension suspension plain line 2
  params posonly 0 positional 1 kwonly 0
  varnames ".0" "x"
  nregs 8
     0     2  r0 = list.build ()
     1        r1 = load.fast $.0
     2        r2 = for_iter r1, next->4, done->3
     3        return r0
     4        store.fast $x, r2
     5        r3 = load.fast $x
     6        branch r3, then->7, else->2
     7        r5 = load.fast $x
     8        r6 = load.fast $x
     9        r7 = binary.mul r5, r6
    10        list.append r0, r7
    11        jump ->2

code 3 "<dictcomp>" qualname "f.<locals>.<dictcomp>" kind comprehension suspension plain line 3
  params posonly 0 positional 1 kwonly 0
  varnames ".0" "k" "v"
  nregs 8
     0     3  r0 = dict.build ()
     1        r1 = load.fast $.0
     2        r2 = for_iter r1, next->4, done->3
     3        return r0
     4        r3 = unpack.seq #2, r2
     5        r4 = tuple.item #0, r3
     6        store.fast.move $k, r4
     7        r5 = tuple.item #1, r3
     8        store.fast.move $v, r5
     9        r6 = load.fast $k
    10        r7 = load.fast $v
    11        dict.set r0, r6, r7
    12        jump ->2

code 4 "<genexpr>" qualname "f.<locals>.<genexpr>" kind comprehension suspension generator line 4
  params posonly 0 positional 1 kwonly 0
  varnames ".0" "y"
  nregs 5
  consts 0:None
     0     4  r0 = load.fast $.0
     1        r2 = for_iter r0, next->4, done->2
     2        r1 = const None
     3        return r1
     4        store.fast $y, r2
     5        r3 = load.fast $y
     6        r4 = yield r3, resume->7
     7        jump ->1
