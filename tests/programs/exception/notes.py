try:
    e = ValueError("base")
    e.add_note("note one")
    e.add_note("note two")
    raise e
except ValueError as ex:
    print(ex.__notes__)
try:
    ValueError().add_note(5)
except TypeError as ex:
    print("TypeError:", ex)
err = KeyError("k")
err.add_note("extra context")
raise err
