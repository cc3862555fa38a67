def describe(): return "lib " + __name__
if __name__ == "__main__":
    print("never printed")
