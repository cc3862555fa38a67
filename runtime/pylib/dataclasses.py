"""Data classes: Pyrite's own `dataclasses`. The generated `__init__` is
compiled from source text (so its signature and argument errors are a
Python function's); the other methods are closures over the fields."""

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
    "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
    "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen data class."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


class InitVar:
    """A pseudo-field passed to __init__ and __post_init__ only."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, "__name__", None) or repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class Field:
    """One field of a data class, as `fields()` returns it."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash",
                 "init", "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},repr={self.repr!r},hash={self.hash!r},"
                f"compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes one field: its default (or factory) and flags."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},"
                f"eq={self.eq!r},order={self.order!r},"
                f"unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith(("ClassVar", "typing.ClassVar"))
    text = repr(tp)
    return text.startswith("typing.ClassVar")


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith(("InitVar", "dataclasses.InitVar"))
    return tp is InitVar or isinstance(tp, InitVar)


def _is_kw_only_marker(tp):
    if isinstance(tp, str):
        return tp in ("KW_ONLY", "dataclasses.KW_ONLY")
    return tp is KW_ONLY


def _get_field(cls, name, tp, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field "
                         f"{name} is not allowed: use default_factory")
    return f


def _init_source(fields, frozen, has_post_init, self_name):
    params = []
    kw_params = []
    seen_default = False
    body = []
    for f in fields:
        if not (f.init and f._field_type in (_FIELD, _FIELD_INITVAR)):
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            text = f.name
            if seen_default and not f.kw_only:
                raise TypeError(f"non-default argument {f.name!r} "
                                "follows default argument")
        elif f.default_factory is not MISSING:
            text = f"{f.name}=__dataclass_HAS_DEFAULT_FACTORY__"
            if not f.kw_only:
                seen_default = True
        else:
            text = f"{f.name}=__dataclass_dflt_{f.name}__"
            if not f.kw_only:
                seen_default = True
        (kw_params if f.kw_only else params).append(text)
    for f in fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            if f.init:
                value = (f"__dataclass_dflt_{f.name}__() "
                         f"if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ "
                         f"else {f.name}")
            else:
                value = f"__dataclass_dflt_{f.name}__()"
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            value = f"__dataclass_dflt_{f.name}__"
        else:
            continue
        if frozen:
            body.append(f"__dataclass_object_setattr__({self_name}, "
                        f"{f.name!r}, {value})")
        else:
            body.append(f"{self_name}.{f.name} = {value}")
    if has_post_init:
        initvars = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
        body.append(f"{self_name}.__post_init__({', '.join(initvars)})")
    if not body:
        body.append("pass")
    sig = [self_name] + params
    if kw_params:
        sig += ["*"] + kw_params
    lines = [f"def __init__({', '.join(sig)}):"]
    lines += ["    " + b for b in body]
    return "\n".join(lines) + "\n"


def _make_init(cls, fields, frozen):
    self_name = "__dataclass_self__" if "self" in [f.name for f in fields] else "self"
    src = _init_source(fields, frozen, hasattr(cls, "__post_init__"), self_name)
    ns = {
        "__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
        "__dataclass_object_setattr__": object.__setattr__,
        "__builtins__": __builtins__,
    }
    for f in fields:
        if f.default_factory is not MISSING:
            ns[f"__dataclass_dflt_{f.name}__"] = f.default_factory
        elif f.default is not MISSING:
            ns[f"__dataclass_dflt_{f.name}__"] = f.default
    exec(src, ns)
    init = ns["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _set_method(cls, name, func, overwrite=False):
    if not overwrite and name in cls.__dict__:
        return True
    func.__qualname__ = f"{cls.__qualname__}.{name}"
    setattr(cls, name, func)
    return False


def _tuple_getter(names):
    def values(obj):
        return tuple([getattr(obj, n) for n in names])
    return values


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots):
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dataclass_params__.frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    kw_default = kw_only
    for name, tp in annotations.items():
        if _is_kw_only_marker(tp):
            kw_default = True
            continue
        own.append(_get_field(cls, name, tp, kw_default))
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order,
                                                unsafe_hash, frozen)
    field_list = list(all_fields.values())
    real = [f for f in field_list if f._field_type is _FIELD]
    if init:
        std = [f for f in field_list if not f.kw_only]
        kws = [f for f in field_list if f.kw_only]
        _set_method(cls, "__init__", _make_init(cls, std + kws, frozen), True)
    if repr:
        repr_names = [f.name for f in real if f.repr]

        def __repr__(self):
            parts = ", ".join([f"{n}={getattr(self, n)!r}" for n in repr_names])
            return f"{self.__class__.__qualname__}({parts})"
        _set_method(cls, "__repr__", __repr__)
    compare_values = _tuple_getter([f.name for f in real if f.compare])
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return compare_values(self) == compare_values(other)
            return NotImplemented
        _set_method(cls, "__eq__", __eq__)
    if order:
        def make(name, op):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    return op(compare_values(self), compare_values(other))
                return NotImplemented
            compare.__name__ = name
            return compare
        for name, op in (("__lt__", lambda a, b: a < b),
                         ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b),
                         ("__ge__", lambda a, b: a >= b)):
            if _set_method(cls, name, make(name, op)):
                raise TypeError(f"Cannot overwrite attribute {name} in class "
                                f"{cls.__name__}. Consider using functools.total_ordering")
    if frozen:
        field_names = tuple(f.name for f in field_list)

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        for name, fn in (("__setattr__", __setattr__), ("__delattr__", __delattr__)):
            if _set_method(cls, name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
    has_explicit_hash = "__hash__" in cls.__dict__ and not (
        cls.__dict__["__hash__"] is None and "__eq__" in cls.__dict__)
    hash_names = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
    hash_values = _tuple_getter(hash_names)

    def __hash__(self):
        return hash(hash_values(self))
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        _set_method(cls, "__hash__", __hash__, True)
    elif eq and frozen:
        if not has_explicit_hash:
            _set_method(cls, "__hash__", __hash__, True)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if not getattr(cls, "__doc__", None):
        cls.__doc__ = cls.__name__ + "(...)"
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in field_list
                                   if f.init and not f.kw_only)
    if slots:
        cls = _add_slots(cls, [f.name for f in real])
    return cls


def _add_slots(cls, names):
    ns = dict(cls.__dict__)
    ns["__slots__"] = tuple(names)
    for n in names:
        ns.pop(n, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and more on request) to a class
    from its annotated fields."""
    def wrap(cls):
        if order and not eq:
            raise ValueError("eq must be true if order is true")
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a data class or instance, as a tuple of Field."""
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """Whether obj is a data class or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def _convert(obj, factory, as_dict):
    if _is_dataclass_instance(obj):
        values = [(f.name, _convert(getattr(obj, f.name), factory, as_dict))
                  for f in fields(obj)]
        if as_dict:
            return factory(values)
        return factory([v for _, v in values])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict))
                         for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    """The fields of a data class instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a data class instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)


def replace(obj, /, **changes):
    """A new instance like obj, with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with "
                                 "init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 "must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Creates a data class named cls_name with the given fields."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
