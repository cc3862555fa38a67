@dataclass
class Point(Base, metaclass=Meta):
    """A point."""
    x: int = 0
    def norm(self):
        return super().norm() + self.__secret
# ---- expected ----
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = load.name "dataclass" !exit @1:1-1:10
    v1 = load.build_class !exit @1:0-6:45
    v2 = const None @1:0-6:45
    v3 = const None @1:0-6:45
    v4 = function.make @1, v2, v2, v2, v3 @1:0-6:45
    v5 = const "Point" @1:0-6:45
    v6 = load.name "Base" !exit @2:12-2:16
    v7 = load.name "Meta" !exit @2:28-2:32
    v8 = call kw["metaclass"], v1, v4, v5, v6, v7 !exit @1:0-6:45
    v9 = call v0, v8 !exit @1:0-1:10
    store.name "Point", v9 !exit @1:0-6:45
    v10 = const None @1:0-6:45
    return v10 @1:0-6:45
end

function @1 "Point" qualname "Point" kind class suspension plain line 1
  cellvars "__class__"
block0:
    v0 = load.name "__name__" !exit @1:0-6:45
    store.name "__module__", v0 !exit @1:0-6:45
    v1 = const "Point" @1:0-6:45
    store.name "__qualname__", v1 !exit @1:0-6:45
    annotations.setup !exit @1:0-6:45
    v2 = const "A point." @1:0-6:45
    store.name "__doc__", v2 !exit @1:0-6:45
    v3 = const "A point." @3:4-3:18
    v4 = const 0 @4:13-4:14
    store.name "x", v4 !exit @4:4-4:5
    v5 = load.name "int" !exit @4:7-4:10
    v6 = load.name "__annotations__" !exit @4:4-4:14
    v7 = const "x" @4:4-4:14
    item.set v6, v7, v5 !exit @4:4-4:14
    v8 = const None @5:4-6:45
    v9 = const None @5:4-6:45
    v10 = const None @5:4-6:45
    v11 = load.closure "__class__" @5:4-6:45
    v12 = tuple.build v11 @5:4-6:45
    v13 = function.make @2, v8, v9, v10, v12 @5:4-6:45
    store.name "norm", v13 !exit @5:4-6:45
    v14 = load.closure "__class__" @5:4-6:45
    store.name "__classcell__", v14 !exit @5:4-6:45
    return v14 @5:4-6:45
end

function @2 "norm" qualname "Point.norm" kind function suspension plain line 5
  params posonly 0 positional 1 kwonly 0
  locals "self"
  freevars "__class__"
block0:
    v0 = load.global "super" !exit @6:15-6:20
    v1 = load.closure "__class__" @6:15-6:22
    v2 = load.fast "self" !exit @6:15-6:22
    v3 = super.zero v0, v1, v2 !exit @6:15-6:22
    v4 = attr.get "norm", v3 !exit @6:15-6:27
    v5 = call v4 !exit @6:15-6:29
    v6 = load.fast "self" !exit @6:32-6:36
    v7 = attr.get "_Point__secret", v6 !exit @6:32-6:45
    v8 = binary.add v5, v7 !exit @6:15-6:45
    return v8 @6:8-6:45
end
