"""Enumerations: Pyrite's own `enum`. EnumType collects the members while
the class body runs (through the namespace `__prepare__` returns), then
creates one instance per distinct value; calling the class looks a member
up by value."""

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "ReprEnum", "auto", "unique", "member", "nonmember", "global_enum",
    "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "verify",
]


class auto:
    """Stands for the value `_generate_next_value_` picks."""

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


class member:
    """Forces a value to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value out of the members."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = f"_{cls_name.lstrip('_')}__"
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


class _EnumDict(dict):
    """The class body's namespace: records member names in order and
    resolves auto() as each member is assigned."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._member_names = []
        self._last_values = []
        self._ignore = []

    def __setitem__(self, key, value):
        if key in self._ignore:
            return
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == "_ignore_":
                names = value.replace(",", " ").split() if isinstance(value, str) else list(value)
                self._ignore = names
                for n in names:
                    if n in self._member_names:
                        raise ValueError(f"_ignore_ cannot specify already set names: {n!r}")
            elif key == "_generate_next_value_":
                self._generate = value
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._resolve_auto(key, value)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._resolve_auto(key, v) if isinstance(v, auto) else v
                              for v in value)
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, a):
        if a.value is None:
            a.value = self._generate(key, 1, len(self._member_names), self._last_values[:])
        return a.value


def _find_data_type(bases):
    for base in bases:
        for c in base.__mro__:
            if c is object:
                continue
            if isinstance(c, EnumType):
                if c._member_type_ is not object:
                    return c._member_type_
                continue
            return c
    return object


def _find_new_member(classdict, bases):
    new = classdict.get("__new__")
    if new is not None:
        return new
    for base in bases:
        for c in base.__mro__:
            found = c.__dict__.get("__new_member__")
            if found is not None:
                return found
    return None


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        for base in bases:
            for c in base.__mro__:
                if "_generate_next_value_" in c.__dict__:
                    generate = c.__dict__["_generate_next_value_"]
                    break
            if generate is not None:
                break
        if isinstance(generate, staticmethod):
            generate = generate.__func__
        return _EnumDict(cls, generate or _default_next_value)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(getattr(classdict, "_member_names", ()))
        ns = {k: v for k, v in dict(classdict).items() if k not in member_names}
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        member_type = _find_data_type(bases)
        new_member = _find_new_member(ns, bases)
        if "__new__" in ns:
            ns["__new_member__"] = ns.pop("__new__")
        ns["_member_names_"] = []
        ns["_member_map_"] = {}
        ns["_value2member_map_"] = {}
        ns["_member_type_"] = member_type
        ns.pop("_order_", None)
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        if "_value_repr_" not in ns and member_type is not object:
            value_repr = member_type.__repr__
        else:
            value_repr = ns.get("_value_repr_")
        if value_repr is not None or "_value_repr_" not in enum_class.__dict__:
            type.__setattr__(enum_class, "_value_repr_", value_repr)
        # The data type's repr/str/format would shadow the enum's (int
        # comes before Enum in IntEnum's MRO): use the enum's unless the
        # class body defines its own.
        first_enum = bases[-1] if bases else None
        if isinstance(first_enum, EnumType):
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in ns:
                    continue
                found = getattr(enum_class, name, None)
                if found is getattr(member_type, name, None) or found is getattr(object, name, None):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        for name in member_names:
            enum_class._add_member_(name, classdict[name], new_member, member_type)
        if Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            type.__setattr__(enum_class, "_flag_mask_", mask)
        return enum_class

    def _add_member_(cls, name, value, new_member, member_type):
        args = value if isinstance(value, tuple) and member_type is not tuple else (value,)
        if new_member is not None:
            obj = new_member(cls, *args)
        elif member_type is object:
            obj = object.__new__(cls)
        else:
            obj = member_type.__new__(cls, *args)
        if not hasattr(obj, "_value_"):
            obj._value_ = value if member_type is object else member_type(*args)
        value = obj._value_
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                cls._member_map_[name] = existing
                type.__setattr__(cls, name, existing)
                return
        obj._name_ = name
        obj.__objclass__ = cls
        obj._sort_order_ = len(cls._member_names_)
        obj.__init__(*args)
        # A Flag's multi-bit members are named aliases: not iterated.
        is_flag = Flag is not None and issubclass(cls, Flag)
        if not is_flag or (isinstance(value, int) and value and value & (value - 1) == 0):
            cls._member_names_.append(name)
        cls._member_map_[name] = obj
        try:
            cls._value2member_map_[value] = obj
        except TypeError:
            pass
        type.__setattr__(cls, name, obj)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} "
                        f"instead of None or a valid member")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = EnumType.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original = names
            names = []
            last = []
            for count, name in enumerate(original):
                value = classdict._generate(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        for name, value in items:
            classdict[name] = value
        enum_class = EnumType.__new__(EnumType, class_name, bases, classdict)
        enum_class.__module__ = module if module is not None else "__main__"
        if qualname is not None:
            enum_class.__qualname__ = qualname
        return enum_class

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(value).__qualname__, cls.__class__.__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot delete member {name!r}")
        super().__delattr__(name)

    def __dir__(cls):
        return ["__class__", "__doc__", "__members__", "__module__"] + list(cls._member_names_)


EnumMeta = EnumType


def _default_next_value(name, start, count, last_values):
    if not last_values:
        return start
    try:
        last = sorted(last_values).pop()
    except TypeError:
        raise TypeError("unable to sort non-numeric values") from None
    try:
        return last + 1
    except TypeError:
        raise TypeError(f"unable to increment {last!r}") from None


Flag = None


class Enum(metaclass=EnumType):
    """The base class of enumerations."""

    _generate_next_value_ = staticmethod(_default_next_value)

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = type(self)._value_repr_ or repr
        return f"<{type(self).__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are its value's."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""

    __str__ = int.__repr__
    __format__ = int.__format__


class StrEnum(str, ReprEnum):
    """An enum whose members are also strs."""

    __str__ = str.__str__
    __format__ = str.__format__

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        value = str(*values)
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What Flag does with values outside its members' bits."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _flag_next_value(name, start, count, last_values):
    if not count:
        return start if start is not None else 1
    last = max(last_values)
    try:
        high = last.bit_length() - 1
    except Exception:
        raise TypeError(f"invalid flag value {last!r}") from None
    return 2 ** (high + 1)


class Flag(Enum):
    """An enum whose members combine with |, & and ^."""

    _generate_next_value_ = staticmethod(_flag_next_value)

    def _canonical_(self):
        return [m for m in type(self)._member_map_.values()
                if m._name_ in type(self)._member_names_ and m._value_
                and m._value_ & (m._value_ - 1) == 0
                and m._value_ & self._value_ == m._value_]

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mask = cls._flag_mask_
        if issubclass(cls, int):
            if value < 0:
                value = value & ((1 << max(mask.bit_length(), value.bit_length())) - 1) & mask \
                    if False else value
            obj = int.__new__(cls, value)
        else:
            if value < 0 or value & ~mask:
                if value < 0:
                    value = value & mask
                else:
                    raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
            obj = object.__new__(cls)
        obj._value_ = value
        names = [m._name_ for m in cls._member_map_.values()
                 if m._name_ in cls._member_names_ and m._value_
                 and m._value_ & value == m._value_]
        covered = 0
        for m in cls._member_map_.values():
            if m._name_ in names:
                covered |= m._value_
        extra = value & ~covered
        if value == 0:
            obj._name_ = None
        elif extra and issubclass(cls, int):
            obj._name_ = "|".join(names + [str(extra)])
        else:
            obj._name_ = "|".join(names)
        obj.__objclass__ = cls
        return obj

    def __repr__(self):
        cls = type(self)
        v_repr = cls._value_repr_ or repr
        if self._name_ is None:
            return f"<{cls.__name__}: {v_repr(self._value_)}>"
        return f"<{cls.__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        cls = type(self)
        if self._name_ is None:
            return f"{cls.__name__}({self._value_!r})"
        return f"{cls.__name__}.{self._name_}"

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._canonical_())

    def __len__(self):
        return len(self._canonical_())

    def __bool__(self):
        return bool(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def _other_value_(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if isinstance(self, int) and isinstance(other, int):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value_(other)
        if v is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._other_value_(other)
        if v is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value_(other)
        if v is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(type(self)._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """A Flag whose members are also ints."""

    __str__ = int.__repr__
    __format__ = int.__format__
    __contains__ = Flag.__contains__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator: no two members may share a value."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        text = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {text}")
    return enumeration


def verify(*checks):
    """Class decorator (checks are not enforced)."""
    def decorate(enumeration):
        return enumeration
    return decorate


def global_enum(cls):
    """Class decorator: exports the members to the module's globals."""
    import sys
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
