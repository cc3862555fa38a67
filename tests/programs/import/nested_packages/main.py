import top.mid.leaf
from top.mid import leaf as lf
from top.mid.leaf import value
print(top.mid.leaf.value, lf is top.mid.leaf, value, top.mid.leaf.__name__, top.mid.__name__)
print(top.mid.leaf.parent_name())
