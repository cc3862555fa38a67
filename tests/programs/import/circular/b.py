print("b start")
import a
seen_from_b = a.A_VALUE
B_VALUE = "b"
print("b done, saw", seen_from_b)
