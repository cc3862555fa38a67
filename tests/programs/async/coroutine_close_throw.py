import types
@types.coroutine
def pause():
    yield
async def worker():
    try:
        await pause()
        return "done"
    finally:
        print("worker finally")
c = worker()
c.send(None)
c.close()
print("closed")
c2 = worker(); c2.send(None)
try:
    c2.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError", e)
c3 = worker()
c3.close()
print("closed unstarted")
