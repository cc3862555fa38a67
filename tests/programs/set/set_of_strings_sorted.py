words = "the quick brown fox jumps over the lazy dog the end".split()
u = set(words)
print(len(u), sorted(u), "fox" in u, sorted(u - {"the", "end"}), sorted(u & {"dog", "cat"}))
