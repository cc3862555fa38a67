x = '\N{NOPE}'
