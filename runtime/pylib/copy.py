"""Shallow and deep copy operations (Pyrite's own implementation of
CPython 3.11's documented behaviour): `__copy__`/`__deepcopy__` hooks,
builtin containers, and plain instances by copying their `__dict__`."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, tuple.__class__,
           type, range, type(Ellipsis), type(NotImplemented), frozenset,
           type(len), type(lambda: 0), property)


def _is_atomic(x):
    return type(x) in _ATOMIC or isinstance(x, type)


def _new_like(x):
    cls = type(x)
    obj = object.__new__(cls) if cls.__new__ is object.__new__ else cls.__new__(cls)
    return obj


def _copy_state(x, y, transform):
    state = getattr(x, '__dict__', None)
    if state is not None:
        for key, value in state.items():
            setattr(y, key, transform(value))
    for klass in type(x).__mro__:
        for slot in klass.__dict__.get('__slots__', ()):
            if slot in ('__dict__', '__weakref__'):
                continue
            if hasattr(x, slot):
                setattr(y, slot, transform(getattr(x, slot)))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, (list, dict, set)) or isinstance(x, tuple):
        y = _new_like(x) if not isinstance(x, tuple) else cls.__new__(cls, *x) \
            if hasattr(cls, '_fields') else cls(x)
        if isinstance(x, list):
            y.extend(x)
        elif isinstance(x, dict):
            dict.update(y, x)
        elif isinstance(x, set):
            y.update(x)
        _copy_state(x, y, lambda v: v)
        return y
    y = _new_like(x)
    _copy_state(x, y, lambda v: v)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        _keep_alive(x, memo)
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        _keep_alive(x, memo)
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
        return y
    if cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself was copied while copying its items.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
        memo[d] = y
        _keep_alive(x, memo)
        return y
    if cls in (set, bytearray):
        y = cls(deepcopy(a, memo) for a in x) if cls is set else bytearray(x)
        memo[d] = y
        _keep_alive(x, memo)
        return y
    copier = getattr(x, '__deepcopy__', None)
    if copier is not None and not isinstance(x, type):
        y = copier(memo)
    else:
        if isinstance(x, tuple):
            items = [deepcopy(a, memo) for a in x]
            y = cls.__new__(cls, *items) if hasattr(cls, '_fields') else cls(items)
            memo[d] = y
        else:
            y = _new_like(x)
            memo[d] = y
            if isinstance(x, list):
                y.extend(deepcopy(a, memo) for a in x)
            elif isinstance(x, dict):
                for key, value in x.items():
                    dict.__setitem__(y, deepcopy(key, memo), deepcopy(value, memo))
        _copy_state(x, y, lambda v: deepcopy(v, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive while memo is (its id must not be reused)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
