big = 2**53
print(big + 1 == float(big + 1), float(big + 1) == big, big + 1 > float(big), big + 1 < float(big) + 2)
print(10**20 == 1e20, 10**23 == 1e23, 10**22 == 1e22, 2**1024 > 1.7976931348623157e308)
print(-(2**63) == float(-(2**63)), 2**63 - 1 < float(2**63), 1 == 1.0000000000000002)
print(sorted([3, 2.5, True, 10**20, 1e19, -0.0, 0]))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
