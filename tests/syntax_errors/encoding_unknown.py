# -*- coding: uft-8 -*-
print(1)
