async def fail():
    raise ValueError("in coro")
async def wrapper():
    try:
        await fail()
    except ValueError as e:
        return f"caught {e}"
c = wrapper()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
c2 = fail()
try:
    c2.send(None)
except ValueError as e:
    print("propagated", e)
