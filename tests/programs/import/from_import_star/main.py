from stars import *
print(public(), CONST)
try:
    _private
except NameError as e:
    print("NameError:", e)
from allstars import *
print(exported)
try:
    hidden
except NameError as e:
    print("NameError:", e)
