f = lambda: (yield)
break
