f(1, *args, key=2, **kwargs)
g(a, b, c=3)
h(*xs)
# ---- expected ----
bytecode module "__main__" file "test.py"

code 0 "<module>" qualname "<module>" kind module suspension plain line 1
  nregs 23
  consts 0:1 1:2 2:"key" 3:3 4:None 5:("c",)
  names 0:'f' 1:'args' 2:'kwargs' 3:'g' 4:'a' 5:'b' 6:'h' 7:'xs'
     0     1  r0 = load.name 'f'
     1        r1 = list.build ()
     2        list.append r1, 1
     3        r3 = load.name 'args'
     4        args.extend r0, r1, r3
     5        r4 = list.to_tuple r1
     6        r5 = dict.build ()
     7        r8 = dict.build ("key", 2)
     8        kwargs.merge r0, r5, r8
     9        r9 = load.name 'kwargs'
    10        kwargs.merge r0, r5, r9
    11        r10 = call.ex r0, r4, r5
    12        r10 = clear
    13     2  r11 = load.name 'g'
    14        r12 = load.name 'a'
    15        r13 = load.name 'b'
    16        r15 = call kw("c",), r11, (r12, r13, 3)
    17        r15 = clear
    18        r11 = clear
    19        r12 = clear
    20        r13 = clear
    21     3  r16 = load.name 'h'
    22        r17 = list.build ()
    23        r18 = load.name 'xs'
    24        args.extend r16, r17, r18
    25        r19 = list.to_tuple r17
    26        r21 = call.ex r16, r19, None
    27        r21 = clear
    28        return None
