# A loop over `range` where the program rebinds `range` itself: the
# loops of the module whose iterators native code keeps in registers
# must not be fooled by the rebinding (`range_loop_state.py` has them).


def counted(n):
    total = 0
    for i in range(n):
        total += i
    return total


class Sneaky:
    def __index__(self):
        return 4


def rebinding(n):
    global range
    out = []
    for i in range(n):
        out.append(i)
        if i == 1:
            range = lambda k: [k, k, k]
    for i in range(2):
        out.append(i)
    del range
    for i in range(Sneaky()):
        out.append(-i)
    return out


print(counted(5))
print(rebinding(3))
print(counted(5))
