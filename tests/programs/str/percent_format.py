print("%d %i %s %r %a" % (42, -3, "s", "r", "é"))
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%e|%E|%f|%g|%G|%%" % (1, 2, 3, 4, 5, 255, 255, 255, 8, 8, 12345.678, 0.0001, 1.5, 1e-10, 1e20))
print("%.2f|%10.3s|%-6s|%c|%c|%5.1e" % (3.14159, "abcdef", "ab", 65, "z", 123.456))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7}, "%s" % [1, 2], "%s" % (1,), "%*d|%-*.*f" % (5, 1, 8, 2, 3.14159))
for fmt, args in (("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%c", 1234567890)):
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
