import sys
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__, type(sys.path).__name__, isinstance(sys.path[0], str))
import math
print(sys.modules["math"] is math)
