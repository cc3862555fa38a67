import sys
import counted
import counted
import importlib
print(counted.loads, "counted" in sys.modules, sys.modules["counted"] is counted)
del sys.modules["counted"]
import counted as again
print(again is counted, again.loads)
