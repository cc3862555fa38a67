import os.path
import a.b as c
from m import n as o, p
def f():
    import sys, json.decoder
    from q import r
    return sys
