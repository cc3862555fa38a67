print(round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(7), round(7, 2))
print(round(10**20 + 5 * 10**18, -19), round(5, -1), round(-5, -1), round(15, -100))
