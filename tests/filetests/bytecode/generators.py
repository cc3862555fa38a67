def gen(n):
    got = yield n
    result = yield from inner(got)
    return result

async def co(x):
    return await x
# ---- expected ----
bytecode module "__main__" file "test.py"

code 0 "<module>" qualname "<module>" kind module suspension plain line 1
  nregs 2
  consts 0:None
  names 0:'gen' 1:'co'
     0     1  r0 = function.make code 1, None, None, None, None
     1        store.name 'gen', r0
     2        r0 = clear
     3     6  r1 = function.make code 2, None, None, None, None
     4        store.name 'co', r1
     5        r1 = clear
     6        return None

code 1 "gen" qualname "gen" kind function suspension generator line 1
  params posonly 0 positional 1 kwonly 0
  varnames "n" "got" "result"
  nregs 8
  consts 0:None
  names 0:'inner'
     0     2  r0 = yield $n, resume->1
     1        store.fast.move $got, r0
     2     3  r1 = load.global 'inner'
     3        r2 = call r1, ($got)
     4        r1 = clear
     5        r3 = yield_from.iter r2
     6        r4 = move None
     7        send r3, r4, yielded->8, yielded_dst=r5, returned->10, returned_dst=r6
     8      ! r4 = yield r5, resume->7
     9        throw r3, r7, yielded->8, yielded_dst=r5, returned->10, returned_dst=r6
    10        store.fast.move $result, r6
    11     4  return $result
  handlers
    8..9 -> 9 r7

code 2 "co" qualname "co" kind function suspension coroutine line 6
  params posonly 0 positional 1 kwonly 0
  varnames "x"
  nregs 5
  consts 0:None
     0     7  r0 = await.iter $x
     1        r1 = move None
     2        send r0, r1, yielded->3, yielded_dst=r2, returned->5, returned_dst=r3
     3      ! r1 = yield r2, resume->2
     4        throw r0, r4, yielded->3, yielded_dst=r2, returned->5, returned_dst=r3
     5        return r3
  handlers
    3..4 -> 4 r4
