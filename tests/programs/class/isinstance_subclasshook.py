from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self): return 4
print(Sq().area(), isinstance(Sq(), Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape): pass
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
class Answer(metaclass=Meta): pass
print(isinstance(42, Answer), isinstance(41, Answer))
