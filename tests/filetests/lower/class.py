@dataclass
class Point(Base, metaclass=Meta):
    """A point."""
    x: int = 0
    def norm(self):
        return super().norm() + self.__secret
# ---- expected ----
error: @2: 1 parameters but only 0 locals
