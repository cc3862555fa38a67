try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename)
try:
    open("x.tmp", "q")
except ValueError as e:
    print("ValueError:", e)
open("also_missing.txt")
