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
     0     1  r0 = const None
     1        r1 = const None
     2        r2 = const None
     3        r3 = const None
     4        r4 = function.make code 1, r0, r1, r2, r3
     5        store.name 'gen', r4
     6        r4 = clear
     7     6  r5 = const None
     8        r6 = const None
     9        r7 = const None
    10        r8 = const None
    11        r9 = function.make code 2, r5, r6, r7, r8
    12        store.name 'co', r9
    13        r9 = clear
    14        r10 = const None
    15        return r10

code 1 "gen" qualname "gen" kind function suspension generator line 1
  params posonly 0 positional 1 kwonly 0
  varnames "n" "got" "result"
  nregs 12
  consts 0:None
  names 0:'inner'
     0     2  r0 = load.fast $n
     1        r1 = yield r0, resume->2
     2        store.fast $got, r1
     3     3  r2 = load.global 'inner'
     4        r3 = load.fast $got
     5        r4 = call r2, (r3)
     6        r2 = clear
     7        r3 = clear
     8        r5 = yield_from.iter r4
     9        r6 = const None
    10        r7 = move r6
    11        send r5, r7, yielded->12, yielded_dst=r8, returned->14, returned_dst=r10
    12      ! r7 = yield r8, resume->11
    13        throw r5, r9, yielded->12, yielded_dst=r8, returned->14, returned_dst=r10
    14        store.fast $result, r10
    15     4  r11 = load.fast $result
    16        return r11
  handlers
    12..13 -> 13 r9

code 2 "co" qualname "co" kind function suspension coroutine line 6
  params posonly 0 positional 1 kwonly 0
  varnames "x"
  nregs 7
  consts 0:None
     0     7  r0 = load.fast $x
     1        r1 = await.iter r0
     2        r2 = const None
     3        r3 = move r2
     4        send r1, r3, yielded->5, yielded_dst=r4, returned->7, returned_dst=r6
     5      ! r3 = yield r4, resume->4
     6        throw r1, r5, yielded->5, yielded_dst=r4, returned->7, returned_dst=r6
     7        return r6
  handlers
    5..6 -> 6 r5
