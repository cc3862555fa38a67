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
     0     1  r4 = function.make code 1, None, None, None, None
     1        store.name 'f', r4
     2        r4 = clear
     3        return None

code 1 "f" qualname "f" kind function suspension plain line 1
  params posonly 0 positional 1 kwonly 0
  varnames "xs" "squares" "pairs"
  nregs 21
  consts 0:None
     0     2  r1 = iter $xs
     1        r4 = function.make code 2, None, None, None, None
     2        r5 = call r4, (r1)
     3        r4 = clear
     4        r1 = clear
     5        store.fast.move $squares, r5
     6     3  r7 = iter $xs
     7        r10 = function.make code 3, None, None, None, None
     8        r11 = call r10, (r7)
     9        r10 = clear
    10        r7 = clear
    11        store.fast.move $pairs, r11
    12     4  r15 = iter $xs
    13        r18 = function.make code 4, None, None, None, None
    14        r19 = call r18, (r15)
    15        r18 = clear
    16        r15 = clear
    17        r20 = tuple.build ($squares, $pairs, r19)
    18        return r20

code 2 "<listcomp>" qualname "f.<locals>.<listcomp>" kind comprehension suspension plain line 2
  params posonly 0 positional 1 kwonly 0
  varnames ".0" "x"
  nregs 8
     0     2  r0 = list.build ()
     1        r1 = load.fast $.0
     2        $x = for_iter r1, next->4, done->3
     3        return r0
     4        branch $x, then->5, else->2
     5        r7 = binary.mul $x, $x
     6        list.append r0, r7
     7        jump ->2

code 3 "<dictcomp>" qualname "f.<locals>.<dictcomp>" kind comprehension suspension plain line 3
  params posonly 0 positional 1 kwonly 0
  varnames ".0" "k" "v"
  nregs 8
     0     3  r0 = dict.build ()
     1        r1 = load.fast $.0
     2        r2 = for_iter r1, next->4, done->3
     3        return r0
     4        r3 = unpack.seq #2, r2
     5        $k = tuple.item #0, r3
     6        $v = tuple.item #1, r3
     7        dict.set r0, $k, $v
     8        jump ->2

code 4 "<genexpr>" qualname "f.<locals>.<genexpr>" kind comprehension suspension generator line 4
  params posonly 0 positional 1 kwonly 0
  varnames ".0" "y"
  nregs 5
  consts 0:None
     0     4  r0 = load.fast $.0
     1        $y = for_iter r0, next->3, done->2
     2        return None
     3        r4 = yield $y, resume->4
     4        jump ->1
