x = y = 0
if x:
	if y:
		pass
	else:
		pass
