import time
st = time.struct_time((2024, 2, 29, 12, 30, 0, 3, 60, 0))
print(st.tm_year, st.tm_mday, st[1], len(st), time.strftime("%a %b %d %j", st), time.strftime("%%|%y|%I %p", st))
print(time.calendar if hasattr(time, "calendar") else "no", time.gmtime(0) == time.gmtime(0))
