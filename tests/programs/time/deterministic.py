import time
t1 = time.time(); t2 = time.time()
print(t2 >= t1, type(t1).__name__, t1 > 1_000_000_000)
m1 = time.monotonic(); m2 = time.monotonic()
print(m2 >= m1, type(time.perf_counter()).__name__, type(time.time_ns()).__name__, time.perf_counter_ns() > 0)
