import os
path = "open_binary_scratch.tmp"
with open(path, "wb") as f:
    f.write(bytes(range(5)) + "é".encode())
with open(path, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(path, "ab") as f:
    f.write(b"\xff")
with open(path, "rb") as f:
    print(f.read(2), f.read(), f.read())
try:
    open(path, encoding="utf-8").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
os.remove(path)
