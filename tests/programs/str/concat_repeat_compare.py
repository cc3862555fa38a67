print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1, "a" < "b", "a" < "ab", "B" < "a", "é" > "z", "abc" == "abc")
print(sorted(["b", "A", "a", "é", "Z", "10", "9"]), max("hello"), min("hello"), "a" "b" 'c')
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
