import time
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, tuple(t))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)), time.asctime(time.gmtime(86400 * 365)))
print(time.gmtime(1e9)[:6], time.mktime is not None)
