from .. import mid
from ..mid import MID
value = "leaf value"
def parent_name(): return mid.__name__ + ":" + MID
