NAME = "util in " + __name__
