try:
    import nonexistent_module_abc
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from helpermod import missing_name
except ImportError as e:
    # The message names helpermod.py by its absolute path: print it
    # relative to this folder so the output is the same in any checkout.
    import os
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    print("ImportError:", str(e).replace(here, ""), e.name)
try:
    import helpermod.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
import also_missing
