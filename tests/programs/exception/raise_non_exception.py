for thing in (5, "str", object, int):
    try:
        raise thing
    except TypeError as e:
        print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
class NotExc: pass
try:
    try:
        pass
    except NotExc:
        pass
    print("no error until needed")
    try:
        1 / 0
    except NotExc:
        pass
except TypeError as e:
    print("TypeError:", e)
