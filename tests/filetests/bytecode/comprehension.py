def f(xs):
    squares = [x * x for x in xs if x]
    pairs = {k: v for k, v in xs}
    return squares, pairs, (y for y in xs)
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
  varnames "xs" "squares" "pairs"
  nregs 10
  types r9:tuple
  consts 0:None
     0     2  r0 = iter $xs
     1        r1 = function.make code 2, None, None, None, None
     2        r2 = call r1, (r0)
     3        r1 = clear
     4        r0 = clear
     5        store.fast.move $squares, r2
     6     3  r3 = iter $xs
     7        r4 = function.make code 3, None, None, None, None
     8        r5 = call r4, (r3)
     9        r4 = clear
    10        r3 = clear
    11        store.fast.move $pairs, r5
    12     4  r6 = iter $xs
    13        r7 = function.make code 4, None, None, None, None
    14        r8 = call r7, (r6)
    15        r7 = clear
    16        r6 = clear
    17        r9 = tuple.build ($squares, $pairs, r8)
    18        return r9

code 2 "<listcomp>" qualname "f.<locals>.<listcomp>" kind comprehension suspension plain line 2
  params posonly 0 positional 1 kwonly 0
  varnames ".0" "x"
  nregs 3
  types r0:list
     0     2  r0 = list.build ()
     1        r1 = load.fast $.0
     2        $x = for_iter r1, next->4, done->3
     3        return r0
     4        branch $x, then->5, else->2
     5        r2 = binary.mul $x, $x
     6        list.append r0, r2
     7        jump ->2

code 3 "<dictcomp>" qualname "f.<locals>.<dictcomp>" kind comprehension suspension plain line 3
  params posonly 0 positional 1 kwonly 0
  varnames ".0" "k" "v"
  nregs 4
  types r0:dict r3:tuple
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
  nregs 2
  consts 0:None
     0     4  r0 = load.fast $.0
     1        $y = for_iter r0, next->3, done->2
     2        return None
     3        r1 = yield $y, resume->4
     4        jump ->1
