# A generator long enough that native code works on the frame's slots
# directly instead of its register cache (codegen's MAX_CACHED_SIZE).


def long_body(a, b):
    log = []
    v0 = (a * 1 + b) % 1009
    try:
        got = yield v0
    except ValueError as e:
        log.append((0, str(e)))
        got = None
    a, b = b, v0 + (got or 0)
    v1 = (a * 2 + b) % 1009
    try:
        got = yield v1
    except ValueError as e:
        log.append((1, str(e)))
        got = None
    a, b = b, v1 + (got or 0)
    v2 = (a * 3 + b) % 1009
    try:
        got = yield v2
    except ValueError as e:
        log.append((2, str(e)))
        got = None
    a, b = b, v2 + (got or 0)
    v3 = (a * 4 + b) % 1009
    try:
        got = yield v3
    except ValueError as e:
        log.append((3, str(e)))
        got = None
    a, b = b, v3 + (got or 0)
    v4 = (a * 5 + b) % 1009
    try:
        got = yield v4
    except ValueError as e:
        log.append((4, str(e)))
        got = None
    a, b = b, v4 + (got or 0)
    v5 = (a * 6 + b) % 1009
    try:
        got = yield v5
    except ValueError as e:
        log.append((5, str(e)))
        got = None
    a, b = b, v5 + (got or 0)
    v6 = (a * 7 + b) % 1009
    try:
        got = yield v6
    except ValueError as e:
        log.append((6, str(e)))
        got = None
    a, b = b, v6 + (got or 0)
    v7 = (a * 8 + b) % 1009
    try:
        got = yield v7
    except ValueError as e:
        log.append((7, str(e)))
        got = None
    a, b = b, v7 + (got or 0)
    v8 = (a * 9 + b) % 1009
    try:
        got = yield v8
    except ValueError as e:
        log.append((8, str(e)))
        got = None
    a, b = b, v8 + (got or 0)
    v9 = (a * 10 + b) % 1009
    try:
        got = yield v9
    except ValueError as e:
        log.append((9, str(e)))
        got = None
    a, b = b, v9 + (got or 0)
    v10 = (a * 11 + b) % 1009
    try:
        got = yield v10
    except ValueError as e:
        log.append((10, str(e)))
        got = None
    a, b = b, v10 + (got or 0)
    v11 = (a * 12 + b) % 1009
    try:
        got = yield v11
    except ValueError as e:
        log.append((11, str(e)))
        got = None
    a, b = b, v11 + (got or 0)
    v12 = (a * 13 + b) % 1009
    try:
        got = yield v12
    except ValueError as e:
        log.append((12, str(e)))
        got = None
    a, b = b, v12 + (got or 0)
    v13 = (a * 14 + b) % 1009
    try:
        got = yield v13
    except ValueError as e:
        log.append((13, str(e)))
        got = None
    a, b = b, v13 + (got or 0)
    v14 = (a * 15 + b) % 1009
    try:
        got = yield v14
    except ValueError as e:
        log.append((14, str(e)))
        got = None
    a, b = b, v14 + (got or 0)
    v15 = (a * 16 + b) % 1009
    try:
        got = yield v15
    except ValueError as e:
        log.append((15, str(e)))
        got = None
    a, b = b, v15 + (got or 0)
    v16 = (a * 17 + b) % 1009
    try:
        got = yield v16
    except ValueError as e:
        log.append((16, str(e)))
        got = None
    a, b = b, v16 + (got or 0)
    v17 = (a * 18 + b) % 1009
    try:
        got = yield v17
    except ValueError as e:
        log.append((17, str(e)))
        got = None
    a, b = b, v17 + (got or 0)
    v18 = (a * 19 + b) % 1009
    try:
        got = yield v18
    except ValueError as e:
        log.append((18, str(e)))
        got = None
    a, b = b, v18 + (got or 0)
    v19 = (a * 20 + b) % 1009
    try:
        got = yield v19
    except ValueError as e:
        log.append((19, str(e)))
        got = None
    a, b = b, v19 + (got or 0)
    v20 = (a * 21 + b) % 1009
    try:
        got = yield v20
    except ValueError as e:
        log.append((20, str(e)))
        got = None
    a, b = b, v20 + (got or 0)
    v21 = (a * 22 + b) % 1009
    try:
        got = yield v21
    except ValueError as e:
        log.append((21, str(e)))
        got = None
    a, b = b, v21 + (got or 0)
    v22 = (a * 23 + b) % 1009
    try:
        got = yield v22
    except ValueError as e:
        log.append((22, str(e)))
        got = None
    a, b = b, v22 + (got or 0)
    v23 = (a * 24 + b) % 1009
    try:
        got = yield v23
    except ValueError as e:
        log.append((23, str(e)))
        got = None
    a, b = b, v23 + (got or 0)
    v24 = (a * 25 + b) % 1009
    try:
        got = yield v24
    except ValueError as e:
        log.append((24, str(e)))
        got = None
    a, b = b, v24 + (got or 0)
    v25 = (a * 26 + b) % 1009
    try:
        got = yield v25
    except ValueError as e:
        log.append((25, str(e)))
        got = None
    a, b = b, v25 + (got or 0)
    v26 = (a * 27 + b) % 1009
    try:
        got = yield v26
    except ValueError as e:
        log.append((26, str(e)))
        got = None
    a, b = b, v26 + (got or 0)
    v27 = (a * 28 + b) % 1009
    try:
        got = yield v27
    except ValueError as e:
        log.append((27, str(e)))
        got = None
    a, b = b, v27 + (got or 0)
    v28 = (a * 29 + b) % 1009
    try:
        got = yield v28
    except ValueError as e:
        log.append((28, str(e)))
        got = None
    a, b = b, v28 + (got or 0)
    v29 = (a * 30 + b) % 1009
    try:
        got = yield v29
    except ValueError as e:
        log.append((29, str(e)))
        got = None
    a, b = b, v29 + (got or 0)
    v30 = (a * 31 + b) % 1009
    try:
        got = yield v30
    except ValueError as e:
        log.append((30, str(e)))
        got = None
    a, b = b, v30 + (got or 0)
    v31 = (a * 32 + b) % 1009
    try:
        got = yield v31
    except ValueError as e:
        log.append((31, str(e)))
        got = None
    a, b = b, v31 + (got or 0)
    v32 = (a * 33 + b) % 1009
    try:
        got = yield v32
    except ValueError as e:
        log.append((32, str(e)))
        got = None
    a, b = b, v32 + (got or 0)
    v33 = (a * 34 + b) % 1009
    try:
        got = yield v33
    except ValueError as e:
        log.append((33, str(e)))
        got = None
    a, b = b, v33 + (got or 0)
    v34 = (a * 35 + b) % 1009
    try:
        got = yield v34
    except ValueError as e:
        log.append((34, str(e)))
        got = None
    a, b = b, v34 + (got or 0)
    v35 = (a * 36 + b) % 1009
    try:
        got = yield v35
    except ValueError as e:
        log.append((35, str(e)))
        got = None
    a, b = b, v35 + (got or 0)
    v36 = (a * 37 + b) % 1009
    try:
        got = yield v36
    except ValueError as e:
        log.append((36, str(e)))
        got = None
    a, b = b, v36 + (got or 0)
    v37 = (a * 38 + b) % 1009
    try:
        got = yield v37
    except ValueError as e:
        log.append((37, str(e)))
        got = None
    a, b = b, v37 + (got or 0)
    v38 = (a * 39 + b) % 1009
    try:
        got = yield v38
    except ValueError as e:
        log.append((38, str(e)))
        got = None
    a, b = b, v38 + (got or 0)
    v39 = (a * 40 + b) % 1009
    try:
        got = yield v39
    except ValueError as e:
        log.append((39, str(e)))
        got = None
    a, b = b, v39 + (got or 0)
    v40 = (a * 41 + b) % 1009
    try:
        got = yield v40
    except ValueError as e:
        log.append((40, str(e)))
        got = None
    a, b = b, v40 + (got or 0)
    v41 = (a * 42 + b) % 1009
    try:
        got = yield v41
    except ValueError as e:
        log.append((41, str(e)))
        got = None
    a, b = b, v41 + (got or 0)
    v42 = (a * 43 + b) % 1009
    try:
        got = yield v42
    except ValueError as e:
        log.append((42, str(e)))
        got = None
    a, b = b, v42 + (got or 0)
    v43 = (a * 44 + b) % 1009
    try:
        got = yield v43
    except ValueError as e:
        log.append((43, str(e)))
        got = None
    a, b = b, v43 + (got or 0)
    v44 = (a * 45 + b) % 1009
    try:
        got = yield v44
    except ValueError as e:
        log.append((44, str(e)))
        got = None
    a, b = b, v44 + (got or 0)
    v45 = (a * 46 + b) % 1009
    try:
        got = yield v45
    except ValueError as e:
        log.append((45, str(e)))
        got = None
    a, b = b, v45 + (got or 0)
    v46 = (a * 47 + b) % 1009
    try:
        got = yield v46
    except ValueError as e:
        log.append((46, str(e)))
        got = None
    a, b = b, v46 + (got or 0)
    v47 = (a * 48 + b) % 1009
    try:
        got = yield v47
    except ValueError as e:
        log.append((47, str(e)))
        got = None
    a, b = b, v47 + (got or 0)
    v48 = (a * 49 + b) % 1009
    try:
        got = yield v48
    except ValueError as e:
        log.append((48, str(e)))
        got = None
    a, b = b, v48 + (got or 0)
    v49 = (a * 50 + b) % 1009
    try:
        got = yield v49
    except ValueError as e:
        log.append((49, str(e)))
        got = None
    a, b = b, v49 + (got or 0)
    v50 = (a * 51 + b) % 1009
    try:
        got = yield v50
    except ValueError as e:
        log.append((50, str(e)))
        got = None
    a, b = b, v50 + (got or 0)
    v51 = (a * 52 + b) % 1009
    try:
        got = yield v51
    except ValueError as e:
        log.append((51, str(e)))
        got = None
    a, b = b, v51 + (got or 0)
    v52 = (a * 53 + b) % 1009
    try:
        got = yield v52
    except ValueError as e:
        log.append((52, str(e)))
        got = None
    a, b = b, v52 + (got or 0)
    v53 = (a * 54 + b) % 1009
    try:
        got = yield v53
    except ValueError as e:
        log.append((53, str(e)))
        got = None
    a, b = b, v53 + (got or 0)
    v54 = (a * 55 + b) % 1009
    try:
        got = yield v54
    except ValueError as e:
        log.append((54, str(e)))
        got = None
    a, b = b, v54 + (got or 0)
    v55 = (a * 56 + b) % 1009
    try:
        got = yield v55
    except ValueError as e:
        log.append((55, str(e)))
        got = None
    a, b = b, v55 + (got or 0)
    v56 = (a * 57 + b) % 1009
    try:
        got = yield v56
    except ValueError as e:
        log.append((56, str(e)))
        got = None
    a, b = b, v56 + (got or 0)
    v57 = (a * 58 + b) % 1009
    try:
        got = yield v57
    except ValueError as e:
        log.append((57, str(e)))
        got = None
    a, b = b, v57 + (got or 0)
    v58 = (a * 59 + b) % 1009
    try:
        got = yield v58
    except ValueError as e:
        log.append((58, str(e)))
        got = None
    a, b = b, v58 + (got or 0)
    v59 = (a * 60 + b) % 1009
    try:
        got = yield v59
    except ValueError as e:
        log.append((59, str(e)))
        got = None
    a, b = b, v59 + (got or 0)
    return log, a, b


g = long_body(3, 4)
out = [next(g)]
for i in range(58):
    if i % 7 == 0:
        out.append(g.throw(ValueError("t%d" % i)))
    else:
        out.append(g.send(i))
print(out)
try:
    g.send(1)
except StopIteration as e:
    print(e.value)
print(sum(long_body(1, 2)))
g = long_body(5, 6)
next(g)
g.close()
print(g.gi_frame)
