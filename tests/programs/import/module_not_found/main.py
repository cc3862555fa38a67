try:
    import nonexistent_module_abc
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from helpermod import missing_name
except ImportError as e:
    print("ImportError:", e, e.name)
try:
    import helpermod.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
import also_missing
