import sys
print(sys.intern("abc") == "abc", sys.getdefaultencoding(), sys.flags.optimize, isinstance(sys.getrefcount, object))
