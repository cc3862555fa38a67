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
     0     1  r1 = tuple.build (2)
     1        r5 = function.make code 1, r1, None, None, None
     2        store.name 'outer', r5
     3        r5 = clear
     4     8  r6 = load.build_class
     5        r9 = function.make code 3, None, None, None, None
     6        r11 = call r6, (r9, "C")
     7        r6 = clear
     8        r9 = clear
     9        store.name 'C', r11
    10        r11 = clear
    11        return None

code 1 "outer" qualname "outer" kind function suspension plain line 1
  params posonly 0 positional 2 kwonly 1 varargs varkw
  varnames "a" "b" "c" "args" "kw" "inner"
  cellvars "a" "b"
  nregs 10
  consts 0:None
     0     1  store.deref &a, $a
     1        store.deref &b, $b
     2     2  r5 = load.closure &a
     3        r6 = load.closure &b
     4        r7 = tuple.build (r5, r6)
     5        $inner = function.make code 2, None, None, None, r7
     6     6  return $inner

code 2 "inner" qualname "outer.<locals>.inner" kind function suspension plain line 2
  freevars "a" "b"
  nregs 6
  consts 0:1
     0     4  r0 = load.deref &a
     1        r2 = inplace.add r0, 1
     2        store.deref &a, r2
     3        r2 = clear
     4     5  r3 = load.deref &a
     5        r4 = load.deref &b
     6        r5 = binary.add r3, r4
     7        return r5

code 3 "C" qualname "C" kind class suspension plain line 8
  cellvars "__class__"
  nregs 10
  consts 0:"C" 1:1 2:None
  names 0:'__name__' 1:'__module__' 2:'__qualname__' 3:'x' 4:'m' 5:'__classcell__'
     0     8  r0 = load.name '__name__'
     1        store.name '__module__', r0
     2        r0 = clear
     3        store.name '__qualname__', "C"
     4     9  store.name 'x', 1
     5    10  r6 = load.closure &__class__
     6        r7 = tuple.build (r6)
     7        r8 = function.make code 4, None, None, None, r7
     8        store.name 'm', r8
     9        r8 = clear
    10        r9 = load.closure &__class__
    11        store.name '__classcell__', r9
    12        return r9

code 4 "m" qualname "C.m" kind function suspension plain line 10
  params posonly 0 positional 1 kwonly 0
  varnames "self"
  freevars "__class__"
  nregs 9
  names 0:'super' 1:'m'
     0    11  r0 = load.deref &__class__
     1        r1 = load.global 'super'
     2        r2 = load.closure &__class__
     3        r4 = super.zero r1, r2, $self
     4        r5 = load_method r8, 'm', r4
     5        r6 = call_method r5, r8, ()
     6        r5 = clear
     7        r7 = tuple.build (r0, r6)
     8        return r7
