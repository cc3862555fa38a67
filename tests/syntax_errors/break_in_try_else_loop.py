try:
    pass
finally:
    break
