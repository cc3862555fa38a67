f(1, *args, key=2, **kwargs)
g(a, b, c=3)
h(*xs)
# ---- expected ----
bytecode module "__main__" file "test.py"

code 0 "<module>" qualname "<module>" kind module suspension plain line 1
  nregs 17
  types r1:list r3:tuple r4:dict r5:dict r13:list r15:tuple
  consts 0:1 1:2 2:"key" 3:3 4:None 5:("c",)
  names 0:'f' 1:'args' 2:'kwargs' 3:'g' 4:'a' 5:'b' 6:'h' 7:'xs'
     0     1  r0 = load.name 'f'
     1        r1 = list.build ()
     2        list.append r1, 1
     3        r2 = load.name 'args'
     4        args.extend r0, r1, r2
     5        r3 = list.to_tuple r1
     6        r4 = dict.build ()
     7        r5 = dict.build ("key", 2)
     8        kwargs.merge r0, r4, r5
     9        r6 = load.name 'kwargs'
    10        kwargs.merge r0, r4, r6
    11        r7 = call.ex r0, r3, r4
    12        r7 = clear
    13     2  r8 = load.name 'g'
    14        r9 = load.name 'a'
    15        r10 = load.name 'b'
    16        r11 = call kw("c",), r8, (r9, r10, 3)
    17        r11 = clear
    18        r8 = clear
    19        r9 = clear
    20        r10 = clear
    21     3  r12 = load.name 'h'
    22        r13 = list.build ()
    23        r14 = load.name 'xs'
    24        args.extend r12, r13, r14
    25        r15 = list.to_tuple r13
    26        r16 = call.ex r12, r15, None
    27        r16 = clear
    28        return None
