import cmath, math
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -3.5, 1e-320, 1e300, -1e300, 1e155, math.inf, -math.inf, math.nan, 1e-8]
names = ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin", "sinh", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]
for name in names:
    f = getattr(cmath, name)
    out = []
    for a in vals:
        for b in vals:
            try:
                out.append(repr(f(complex(a, b))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
    print(name, " ".join(out))
for a in vals:
    out = []
    for b in vals:
        try:
            out.append(repr(cmath.rect(a, b)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print("rect", " ".join(out))
print(cmath.log(8, 2), cmath.log(1j, 1+1j), cmath.isclose(1, 1+1e-10), cmath.isclose(1j, 1.001j, rel_tol=0.01), cmath.isclose(1, 1.1, abs_tol=0.2))
for f in [lambda: cmath.sqrt(), lambda: cmath.sqrt(1,2), lambda: cmath.log(), lambda: cmath.log(1,2,3), lambda: cmath.rect(1), lambda: cmath.isclose(1), lambda: cmath.isclose(1,2,3), lambda: cmath.isclose(1,1,rel_tol=-1), lambda: cmath.phase(), lambda: cmath.sqrt('x'), lambda: cmath.log(0), lambda: cmath.log(1, 0), lambda: cmath.log(1,1), lambda: cmath.exp(1000), lambda: cmath.isclose(1, 2, foo=1), lambda: cmath.sqrt(z=1), lambda: cmath.polar(complex(1e308, 1e308))]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(cmath.inf, cmath.infj, cmath.nan, cmath.nanj, cmath.tau, cmath.e, cmath.pi)
class Z:
    def __complex__(self): return 3+4j
print(cmath.sqrt(Z()), cmath.sqrt(4), cmath.sqrt(True))
