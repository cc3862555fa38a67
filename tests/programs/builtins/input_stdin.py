name = input()
age = int(input("Age? "))
print(f"{name} is {age}")
rest = input()
print(repr(rest))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
