async def agen(x):
    got = yield x
    await got
# ---- expected ----
bytecode module "__main__" file "test.py"

code 0 "<module>" qualname "<module>" kind module suspension plain line 1
  nregs 6
  consts 0:None
  names 0:'agen'
     0     1  r4 = function.make code 1, None, None, None, None
     1        store.name 'agen', r4
     2        r4 = clear
     3        return None

code 1 "agen" qualname "agen" kind function suspension async_generator line 1
  params posonly 0 positional 1 kwonly 0
  varnames "x" "got"
  nregs 11
  consts 0:None
     0     2  r1 = async_gen.wrap $x
     1        r2 = yield r1, resume->2
     2        store.fast.move $got, r2
     3     3  r4 = await.iter $got
     4        r6 = move None
     5        send r4, r6, yielded->6, yielded_dst=r7, returned->8, returned_dst=r9
     6      ! r6 = yield r7, resume->5
     7        throw r4, r8, yielded->6, yielded_dst=r7, returned->8, returned_dst=r9
     8        return None
  handlers
    6..7 -> 7 r8
