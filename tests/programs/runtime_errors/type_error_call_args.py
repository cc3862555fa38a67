def greet(name, greeting):
    return f"{greeting}, {name}"
greet("Ann")
