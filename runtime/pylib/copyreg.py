"""Pickle support helpers: the reconstructors `object.__reduce_ex__`
names, and the registry of reduction functions (`dispatch_table`)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _slotnames(cls):
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def _reduce_ex(self, proto):
    # Protocols 0 and 1: find the nearest builtin base to rebuild from.
    for base in type(self).__mro__:
        if base.__module__ == "builtins":
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is type(self):
            raise TypeError(f"cannot pickle {base.__name__!r} object")
        state = base(self)
    args = (type(self), base, state)
    getstate = getattr(self, "__getstate__", None)
    if getstate is not None:
        dict_ = getstate()
    else:
        dict_ = getattr(self, "__dict__", None)
    if dict_:
        return _reconstructor, args, dict_
    return _reconstructor, args


def _reduce_newobj(self):
    cls = type(self)
    getnewargs_ex = getattr(self, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        if kwargs:
            func, args = __newobj_ex__, (cls, tuple(args), kwargs)
        else:
            func, args = __newobj__, (cls,) + tuple(args)
    else:
        getnewargs = getattr(self, "__getnewargs__", None)
        func = __newobj__
        args = (cls,) + (tuple(getnewargs()) if getnewargs is not None else ())
    state = self.__getstate__()
    listitems = iter(self) if isinstance(self, list) else None
    dictitems = iter(self.items()) if isinstance(self, dict) else None
    return func, args, state, listitems, dictitems
