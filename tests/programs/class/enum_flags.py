from enum import Flag, IntFlag, auto, Enum, IntEnum, StrEnum
class P(Flag):
    X = 1
    R = 4
    W = 2
print(P.R | P.W, repr(P.R | P.W), P(0), repr(P(0)), ~P.R, list(P), list(P.R|P.X), P.R in (P.R|P.W), bool(P(0)), len(P.R|P.W))
class Q(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(Q.A | Q.B, repr(Q.A | Q.B), Q.A | 8, repr(Q.A|8), ~Q.A, repr(~Q.A), Q(3), Q.A + 1, str(Q.A), format(Q.A), f"{Q.B}")
class N(IntEnum):
    A = 1
print(str(N.A), format(N.A), f"{N.A:>4}", repr(N.A))
class S(StrEnum):
    X = auto()
    Y = "why"
print(S.X, repr(S.X), S.Y.upper(), S.X == "x", f"{S.Y}")
class C(Enum):
    R = 1
print(f"{C.R}", format(C.R, ">10"), str(C.R), C.R.__class__.__name__, C.__members__)
print(repr(C), repr(P), repr(N), repr(Q), P.R.name, (P.R|P.W).name, P(0).name)
