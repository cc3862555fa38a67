async def agen(x):
    got = yield x
    await got
# ---- expected ----
bytecode module "__main__" file "test.py"

code 0 "<module>" qualname "<module>" kind module suspension plain line 1
  nregs 1
  consts 0:None
  names 0:'agen'
     0     1  r0 = function.make code 1, None, None, None, None
     1        store.name 'agen', r0
     2        r0 = clear
     3        return None

code 1 "agen" qualname "agen" kind function suspension async_generator line 1
  params posonly 0 positional 1 kwonly 0
  varnames "x" "got"
  nregs 7
  consts 0:None
     0     2  r0 = async_gen.wrap $x
     1        r1 = yield r0, resume->2
     2        store.fast.move $got, r1
     3     3  r2 = await.iter $got
     4        r3 = move None
     5        send r2, r3, yielded->6, yielded_dst=r4, returned->8, returned_dst=r5
     6      ! r3 = yield r4, resume->5
     7        throw r2, r6, yielded->6, yielded_dst=r4, returned->8, returned_dst=r5
     8        return None
  handlers
    6..7 -> 7 r6
