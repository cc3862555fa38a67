class Box:
    def __class_getitem__(cls, item): return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, list[int]([1, 2]))
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
