import helper
from helper import greet, VALUE as V
print(helper.greet("x"), greet("y"), V, helper.__name__, helper.counter)
import helper as h2
print(h2 is helper, helper.counter)
