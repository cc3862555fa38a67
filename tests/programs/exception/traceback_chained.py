def inner():
    return {}["missing"]
def outer():
    try:
        inner()
    except KeyError as e:
        raise ValueError("wrapped") from e
outer()
