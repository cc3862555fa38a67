# Baseline: the peak RSS of an implementation doing next to nothing.
print("hello")
