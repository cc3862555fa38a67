from __future__ import annotations
"""not a docstring"""
class C:
    x: Undefined
    def f(self) -> Undefined: pass
