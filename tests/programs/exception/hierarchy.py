for t in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError, StopIteration, KeyboardInterrupt, SystemExit, NotImplementedError, ModuleNotFoundError, UnboundLocalError, TimeoutError, BrokenPipeError):
    print(t.__name__, [c.__name__ for c in t.__mro__])
print(issubclass(KeyError, LookupError), issubclass(SystemExit, Exception), IOError is OSError, EnvironmentError is OSError)
