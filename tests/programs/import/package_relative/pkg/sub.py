from . import util
from .util import NAME
def where(): return f"sub ({__name__}, pkg={__package__}) sees {NAME}"
