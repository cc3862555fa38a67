async def agen(x):
    got = yield x
    await got
# ---- expected ----
bytecode module "__main__" file "test.py"

code 0 "<module>" qualname "<module>" kind module suspension plain line 1
  nregs 6
  consts 0:None
  names 0:'agen'
     0     1  r0 = const None
     1        r1 = const None
     2        r2 = const None
     3        r3 = const None
     4        r4 = function.make code 1, r0, r1, r2, r3
     5        store.name 'agen', r4
     6        r4 = clear
     7        r5 = const None
     8        return r5

code 1 "agen" qualname "agen" kind function suspension async_generator line 1
  params posonly 0 positional 1 kwonly 0
  varnames "x" "got"
  nregs 11
  consts 0:None
     0     2  r0 = load.fast $x
     1        r1 = async_gen.wrap r0
     2        r2 = yield r1, resume->3
     3        store.fast $got, r2
     4     3  r3 = load.fast $got
     5        r4 = await.iter r3
     6        r5 = const None
     7        r6 = move r5
     8        send r4, r6, yielded->9, yielded_dst=r7, returned->11, returned_dst=r9
     9      ! r6 = yield r7, resume->8
    10        throw r4, r8, yielded->9, yielded_dst=r7, returned->11, returned_dst=r9
    11        r10 = const None
    12        return r10
  handlers
    9..10 -> 10 r8
