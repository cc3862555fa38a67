print("a,b,,c".split(","), "  a  b  ".split(), "a b c".split(None, 1), "a,b,c".rsplit(",", 1), "".split(), "".split(","))
print("l1\nl2\r\nl3\rl4".splitlines(), "x\n".splitlines(True), "a\x0bb\x1cc".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
