OK = "found through sys.path[0]"
