t = (1, [2])
for stmt in ("t[0] = 5", "del t[0]", "t.append(3)"):
    try:
        exec(stmt)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
t[1].append(3)
print(t)
