import time
start = time.monotonic()
time.sleep(0)
time.sleep(0.01)
print(time.monotonic() - start >= 0.01)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
