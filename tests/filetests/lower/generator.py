def gen(n):
    got = yield n
    result = yield from inner(got)
    return result

async def co(x):
    async with x as y:
        async for item in y:
            await item
# ---- expected ----
error: @1: 1 parameters but only 0 locals
error: @1 block0 terminator: yield in a function that does not suspend
error: @1 block2 terminator: send/throw in a function that does not suspend
error: @1 block3 terminator: yield in a function that does not suspend
error: @1 block4 terminator: send/throw in a function that does not suspend
error: @2: 1 parameters but only 0 locals
error: @2 block1 terminator: send/throw in a function that does not suspend
error: @2 block2 terminator: yield in a function that does not suspend
error: @2 block3 terminator: send/throw in a function that does not suspend
error: @2 block7 terminator: send/throw in a function that does not suspend
error: @2 block8 terminator: yield in a function that does not suspend
error: @2 block9 terminator: send/throw in a function that does not suspend
error: @2 block14 terminator: send/throw in a function that does not suspend
error: @2 block15 terminator: yield in a function that does not suspend
error: @2 block16 terminator: send/throw in a function that does not suspend
error: @2 block20 terminator: send/throw in a function that does not suspend
error: @2 block21 terminator: yield in a function that does not suspend
error: @2 block22 terminator: send/throw in a function that does not suspend
error: @2 block24 terminator: send/throw in a function that does not suspend
error: @2 block25 terminator: yield in a function that does not suspend
error: @2 block26 terminator: send/throw in a function that does not suspend
