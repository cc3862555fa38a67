def compute(d, k):
    return d["a"][k] + 1
data = {"a": [1, 2]}
x = 5
result = compute(data, x) * 2
