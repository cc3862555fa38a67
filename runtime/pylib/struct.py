"""Packing values into bytes: the functions of `_struct` and the
`Struct` class, a compiled format."""

from _struct import (calcsize, error, iter_unpack, pack, pack_into, unpack,
                     unpack_from)

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from",
           "iter_unpack", "Struct", "error"]


class Struct:
    """A format string and its size, with the module's functions as
    methods."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        self.size = calcsize(format)
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)


Struct.__module__ = "_struct"
