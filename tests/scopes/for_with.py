def f(ps):
    for i, (j, k) in ps:
        pass
    with open(i) as fh, open(j) as (g1, g2):
        pass
