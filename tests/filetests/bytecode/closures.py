def outer(a, b=2, *args, c, **kw):
    def inner():
        nonlocal a
        a += 1
        return a + b
    return inner

class C:
    x = 1
    def m(self):
        return __class__, super().m()
# ---- expected ----
bytecode module "__main__" file "test.py"

code 0 "<module>" qualname "<module>" kind module suspension plain line 1
  nregs 13
  consts 0:2 1:None 2:"C"
  names 0:'outer' 1:'C'
     0     1  r0 = const 2
     1        r1 = tuple.build (r0)
     2        r2 = const None
     3        r3 = const None
     4        r4 = const None
     5        r5 = function.make code 1, r1, r2, r3, r4
     6        store.name 'outer', r5
     7        r5 = clear
     8     8  r6 = load.build_class
     9        r7 = const None
    10        r8 = const None
    11        r9 = function.make code 3, r7, r7, r7, r8
    12        r10 = const "C"
    13        r11 = call r6, (r9, r10)
    14        r6 = clear
    15        r9 = clear
    16        r10 = clear
    17        store.name 'C', r11
    18        r11 = clear
    19        r12 = const None
    20        return r12

code 1 "outer" qualname "outer" kind function suspension plain line 1
  params posonly 0 positional 2 kwonly 1 varargs varkw
  varnames "a" "b" "c" "args" "kw" "inner"
  cellvars "a" "b"
  nregs 10
  consts 0:None
     0     1  r0 = load.fast $a
     1        store.deref &a, r0
     2        r0 = clear
     3        r1 = load.fast $b
     4        store.deref &b, r1
     5        r1 = clear
     6     2  r2 = const None
     7        r3 = const None
     8        r4 = const None
     9        r5 = load.closure &a
    10        r6 = load.closure &b
    11        r7 = tuple.build (r5, r6)
    12        r8 = function.make code 2, r2, r3, r4, r7
    13        store.fast.move $inner, r8
    14     6  r9 = load.fast $inner
    15        return r9

code 2 "inner" qualname "outer.<locals>.inner" kind function suspension plain line 2
  freevars "a" "b"
  nregs 6
  consts 0:1
     0     4  r0 = load.deref &a
     1        r1 = const 1
     2        r2 = inplace.add r0, r1
     3        store.deref &a, r2
     4        r2 = clear
     5     5  r3 = load.deref &a
     6        r4 = load.deref &b
     7        r5 = binary.add r3, r4
     8        return r5

code 3 "C" qualname "C" kind class suspension plain line 8
  cellvars "__class__"
  nregs 10
  consts 0:"C" 1:1 2:None
  names 0:'__name__' 1:'__module__' 2:'__qualname__' 3:'x' 4:'m' 5:'__classcell__'
     0     8  r0 = load.name '__name__'
     1        store.name '__module__', r0
     2        r0 = clear
     3        r1 = const "C"
     4        store.name '__qualname__', r1
     5        r1 = clear
     6     9  r2 = const 1
     7        store.name 'x', r2
     8        r2 = clear
     9    10  r3 = const None
    10        r4 = const None
    11        r5 = const None
    12        r6 = load.closure &__class__
    13        r7 = tuple.build (r6)
    14        r8 = function.make code 4, r3, r4, r5, r7
    15        store.name 'm', r8
    16        r8 = clear
    17        r9 = load.closure &__class__
    18        store.name '__classcell__', r9
    19        return r9

code 4 "m" qualname "C.m" kind function suspension plain line 10
  params posonly 0 positional 1 kwonly 0
  varnames "self"
  freevars "__class__"
  nregs 9
  names 0:'super' 1:'m'
     0    11  r0 = load.deref &__class__
     1        r1 = load.global 'super'
     2        r2 = load.closure &__class__
     3        r3 = load.fast $self
     4        r4 = super.zero r1, r2, r3
     5        r5 = load_method r8, 'm', r4
     6        r6 = call_method r5, r8, ()
     7        r5 = clear
     8        r7 = tuple.build (r0, r6)
     9        return r7
