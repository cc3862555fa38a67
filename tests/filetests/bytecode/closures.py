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
  nregs 5
  types r0:tuple
  consts 0:2 1:None 2:"C"
  names 0:'outer' 1:'C'
     0     1  r0 = tuple.build (2)
     1        r1 = function.make code 1, r0, None, None, None
     2        store.name 'outer', r1
     3        r1 = clear
     4     8  r2 = load.build_class
     5        r3 = function.make code 3, None, None, None, None
     6        r4 = call r2, (r3, "C")
     7        r2 = clear
     8        r3 = clear
     9        store.name 'C', r4
    10        r4 = clear
    11        return None

code 1 "outer" qualname "outer" kind function suspension plain line 1
  params posonly 0 positional 2 kwonly 1 varargs varkw
  varnames "a" "b" "c" "args" "kw" "inner"
  cellvars "a" "b"
  nregs 3
  types r2:tuple
  consts 0:None
     0     1  store.deref &a, $a
     1        store.deref &b, $b
     2     2  r0 = load.closure &a
     3        r1 = load.closure &b
     4        r2 = tuple.build (r0, r1)
     5        $inner = function.make code 2, None, None, None, r2
     6     6  return $inner

code 2 "inner" qualname "outer.<locals>.inner" kind function suspension plain line 2
  freevars "a" "b"
  nregs 5
  consts 0:1
     0     4  r0 = load.deref &a
     1        r1 = inplace.add r0, 1
     2        store.deref &a, r1
     3        r1 = clear
     4     5  r2 = load.deref &a
     5        r3 = load.deref &b
     6        r4 = binary.add r2, r3
     7        return r4

code 3 "C" qualname "C" kind class suspension plain line 8
  cellvars "__class__"
  nregs 5
  types r2:tuple
  consts 0:"C" 1:1 2:None
  names 0:'__name__' 1:'__module__' 2:'__qualname__' 3:'x' 4:'m' 5:'__classcell__'
     0     8  r0 = load.name '__name__'
     1        store.name '__module__', r0
     2        r0 = clear
     3        store.name '__qualname__', "C"
     4     9  store.name 'x', 1
     5    10  r1 = load.closure &__class__
     6        r2 = tuple.build (r1)
     7        r3 = function.make code 4, None, None, None, r2
     8        store.name 'm', r3
     9        r3 = clear
    10        r4 = load.closure &__class__
    11        store.name '__classcell__', r4
    12        return r4

code 4 "m" qualname "C.m" kind function suspension plain line 10
  params posonly 0 positional 1 kwonly 0
  varnames "self"
  freevars "__class__"
  nregs 8
  types r7:tuple
  names 0:'super' 1:'m'
     0    11  r0 = load.deref &__class__
     1        r1 = load.global 'super'
     2        r2 = load.closure &__class__
     3        r3 = super.zero r1, r2, $self
     4        r4 = load_method r5, 'm', r3
     5        r6 = call_method r4, r5, ()
     6        r4 = clear
     7        r7 = tuple.build (r0, r6)
     8        return r7
