f(1, *args, key=2, **kwargs)
g(a, b, c=3)
h(*xs)
# ---- expected ----
bytecode module "__main__" file "test.py"

code 0 "<module>" qualname "<module>" kind module suspension plain line 1
  nregs 23
  consts 0:1 1:2 2:"key" 3:3 4:("c",) 5:None
  names 0:'f' 1:'args' 2:'kwargs' 3:'g' 4:'a' 5:'b' 6:'h' 7:'xs'
     0     1  r0 = load.name 'f'
     1        r1 = list.build ()
     2        r2 = const 1
     3        list.append r1, r2
     4        r3 = load.name 'args'
     5        args.extend r0, r1, r3
     6        r4 = list.to_tuple r1
     7        r5 = dict.build ()
     8        r6 = const 2
     9        r7 = const "key"
    10        r8 = dict.build (r7, r6)
    11        kwargs.merge r0, r5, r8
    12        r9 = load.name 'kwargs'
    13        kwargs.merge r0, r5, r9
    14        r10 = call.ex r0, r4, r5
    15        r10 = clear
    16     2  r11 = load.name 'g'
    17        r12 = load.name 'a'
    18        r13 = load.name 'b'
    19        r14 = const 3
    20        r15 = call kw("c",), r11, (r12, r13, r14)
    21        r15 = clear
    22        r11 = clear
    23        r12 = clear
    24        r13 = clear
    25        r14 = clear
    26     3  r16 = load.name 'h'
    27        r17 = list.build ()
    28        r18 = load.name 'xs'
    29        args.extend r16, r17, r18
    30        r19 = list.to_tuple r17
    31        r20 = const None
    32        r21 = call.ex r16, r19, r20
    33        r21 = clear
    34        r22 = const None
    35        return r22
