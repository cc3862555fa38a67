import a
print("main sees", a.A_VALUE, a.b.B_VALUE, a.b.seen_from_b)
