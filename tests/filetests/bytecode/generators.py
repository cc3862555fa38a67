def gen(n):
    got = yield n
    result = yield from inner(got)
    return result

async def co(x):
    return await x
# ---- expected ----
bytecode module "__main__" file "test.py"

code 0 "<module>" qualname "<module>" kind module suspension plain line 1
  nregs 11
  consts 0:None
  names 0:'gen' 1:'co'
     0     1  r4 = function.make code 1, None, None, None, None
     1        store.name 'gen', r4
     2        r4 = clear
     3     6  r9 = function.make code 2, None, None, None, None
     4        store.name 'co', r9
     5        r9 = clear
     6        return None

code 1 "gen" qualname "gen" kind function suspension generator line 1
  params posonly 0 positional 1 kwonly 0
  varnames "n" "got" "result"
  nregs 12
  consts 0:None
  names 0:'inner'
     0     2  r1 = yield $n, resume->1
     1        store.fast.move $got, r1
     2     3  r2 = load.global 'inner'
     3        r4 = call r2, ($got)
     4        r2 = clear
     5        r5 = yield_from.iter r4
     6        r7 = move None
     7        send r5, r7, yielded->8, yielded_dst=r8, returned->10, returned_dst=r10
     8      ! r7 = yield r8, resume->7
     9        throw r5, r9, yielded->8, yielded_dst=r8, returned->10, returned_dst=r10
    10        store.fast.move $result, r10
    11     4  return $result
  handlers
    8..9 -> 9 r9

code 2 "co" qualname "co" kind function suspension coroutine line 6
  params posonly 0 positional 1 kwonly 0
  varnames "x"
  nregs 7
  consts 0:None
     0     7  r1 = await.iter $x
     1        r3 = move None
     2        send r1, r3, yielded->3, yielded_dst=r4, returned->5, returned_dst=r6
     3      ! r3 = yield r4, resume->2
     4        throw r1, r5, yielded->3, yielded_dst=r4, returned->5, returned_dst=r6
     5        return r6
  handlers
    3..4 -> 4 r5
