x, y = 10, "hi"
print(f"{x} {y!r} {x + 1} {x=} {y = } {x*2=:>5}")
print(f"{'nested'} {f'{x}'} {[1, 2][0]} {{literal}} {x:{'>'}{6}}")
d = {"k": 3}
print(f"{d['k']} {len(y)} {x if x > 5 else 0} {(lambda: 'lam')()}")
print(f"{3.14159:.{2}f} {'ab':*^{6}} {x!s:>4} {y!a}")
print(f"""multi
{x}""", f"{'é'!a}", f"{None}", f"{True:d}", f"{x:#06x}")
