z=1.5-2j
for s in ['','>20','<20','^20','+','-',' ','.3','.3e','E','G','F','n','%','d','020','=20','0<20','x<20','z.1f','#','#.0f',',.2f','_','10','.0','r', '+.2f', ' g']:
  for v in [z, complex(0,-0.0), complex(-0.0, 1), complex(float('inf'), float('nan')), 3j, complex(1e20, 1e-7), complex(12345.678, -0.0)]:
    try: print(repr(s), repr(format(v, s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
