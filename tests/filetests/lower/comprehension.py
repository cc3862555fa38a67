def f(rows):
    return [x * y for row in rows if row for x, *y in row]

squares = {k: k * k for k in range(10)}
lazy = (c for c in "abc")
# ---- expected ----
error: @1: 1 parameters but only 0 locals
error: @2: 1 parameters but only 0 locals
error: @2 block0 v1: load.fast: ".0" is not in locals
error: @3: 1 parameters but only 0 locals
error: @3 block0 v1: load.fast: ".0" is not in locals
error: @4: 1 parameters but only 0 locals
error: @4 block0 v0: load.fast: ".0" is not in locals
error: @4 block3 terminator: yield in a function that does not suspend
