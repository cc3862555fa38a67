# Generator pipelines: chained generators, generator expressions, yield from.


def numbers(n):
    for i in range(n):
        yield i


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunks_):
    for c in chunks_:
        yield from c


def main(n):
    total = 0
    for x in flatten(chunks(squares(evens(numbers(n))), 7)):
        total += x % 1000
    total += sum(x for x in range(n) if x % 3 == 0)
    return total


print(main(4000000))
