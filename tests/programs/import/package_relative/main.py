import pkg.sub as c
from pkg import util
import pkg
print(c.where(), util.NAME, pkg.INIT_FLAG, pkg.sub is c, sorted(k for k in vars(pkg) if not k.startswith("_")))
from pkg.sub import where
print(where(), __name__, __package__)
