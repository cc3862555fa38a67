# Exceptions: raise and catch in a loop, custom classes, finally, re-raise.


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def check(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i


def run(n):
    total = 0
    cleanups = 0
    d = {}
    for i in range(n):
        try:
            try:
                total += check(i)
            finally:
                cleanups += 1
        except AppError as e:
            total += e.code % 7
        except (KeyError, IndexError):
            total += 1
        try:
            total += d[i]
        except KeyError:
            total -= 1
    return total, cleanups


print(*run(1000000))
