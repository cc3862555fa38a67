# A float operand that dies in an operation and that nothing else
# references may hold the result; any other operand must keep its value.
def mix(a, b, c):
    first = a * b + c          # a * b dies in the addition
    second = (a + c) * (b - c)  # both temporaries die
    third = (a * b) * a        # the temporary dies, `a` lives on
    return first, second, third, a, b, c


def keep(xs):
    out = []
    for x in xs:
        t = x * 2.0
        u = t + 1.0            # t lives on: u must be a new float
        out.append((t, u, t is u))
    return out


def chain(v, n):
    acc = v
    for _ in range(n):
        acc = (acc * 1.5 - 0.25) / 2.0 + acc * 0.0
    return acc


print(mix(1.5, 2.0, 0.25))
print(mix(2, 3, 4))
print(mix(True, 2, 0.5))
print(mix(1.5, 2, 0.5))
items = [0.5, 1.25, -3.0]
print(keep(items), items)
print(keep([1, 2]))
shared = 3.0
pair = [shared * 2.0, shared]
print(chain(shared, 5), shared, pair)
print(chain(7, 3), chain(2.5, 0))
nums = [1.0, 2.0]
total = nums[0] * nums[1] + nums[0]
print(total, nums)
