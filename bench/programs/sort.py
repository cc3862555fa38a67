# Sorting lists: ints, strings, tuples, key functions, reverse, lambdas.


def lcg(seed):
    return (seed * 1103515245 + 12345) & 0x7FFFFFFF


def main():
    seed = 42
    nums = []
    for _ in range(100000):
        seed = lcg(seed)
        nums.append(seed % 100000)
    checksum = 0
    for r in range(3):
        a = sorted(nums)
        b = sorted(nums, key=lambda v: (v % 1000, -v))
        c = sorted(nums, reverse=True)
        words = [str(v) for v in nums[: 30000 + r]]
        words.sort(key=len)
        pairs = [(v % 17, str(v)) for v in nums[:30000]]
        pairs.sort()
        checksum += a[500] + b[500] + c[500] + int(words[-1]) + pairs[1234][0]
        checksum += len(pairs[-1][1])
    return checksum


print(main())
