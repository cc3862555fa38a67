print("pkg/__init__ running as", __name__)
INIT_FLAG = "init"
