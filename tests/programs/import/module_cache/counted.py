import builtins
builtins.__dict__.setdefault("_count_loads", 0)
builtins._count_loads += 1
loads = builtins._count_loads
print("loading counted", loads)
