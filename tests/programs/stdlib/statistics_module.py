import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4]
fr = [F(1, 2), F(3, 4), F(5, 6)]
for name in ["mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low", "median_high", "median_grouped", "mode", "multimode", "stdev", "pstdev", "variance", "pvariance", "quantiles"]:
    f = getattr(st, name)
    for d in [data, ints, fr, [1e50, 1, -1e50] * 3, [0.1] * 10, [5], [], [1, 1, 2, 2], ["a", "b", "a"], [1, 2.5], [3, F(1, 2)], [float("inf"), 1.0], [float("nan"), 1.0], range(10)]:
        try:
            print(name, repr(f(d)))
        except Exception as e:
            print(name, type(e).__name__, e)
print(st.quantiles(range(1, 11), n=10), st.quantiles(range(1, 11), n=10, method="inclusive"), st.quantiles([1.5, 2.5, 10], n=3))
for kw in [dict(n=0), dict(method="x")]:
    try: st.quantiles([1, 2, 3], **kw)
    except Exception as e: print(type(e).__name__, e)
print(st.variance(data, 1.5), st.stdev(ints, 2.8), st.pvariance(fr, F(2, 3)), st.pstdev([1.5, 2.5], 2))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 0, 2]))
for args in [([1, 2], [1]), ([1, 2], [0, 0])]:
    try: print(st.fmean(*args))
    except Exception as e: print(type(e).__name__, e)
for bad in [[-1, 2], [1, -2]]:
    try: print(st.harmonic_mean(bad))
    except Exception as e: print(type(e).__name__, e)
try: st.geometric_mean([1, -1])
except Exception as e: print(type(e).__name__, e)
try: st.mean([F(1, 2), 0.5, "x"])
except Exception as e: print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError), st.mean(iter([1, 2, 3, 4])), st.mean([True, False]), st.variance([1, 2, 3, 4]), type(st.variance([1, 2, 3, 4])).__name__)
