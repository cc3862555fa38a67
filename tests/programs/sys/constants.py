import sys
print(sys.maxsize == 2**63 - 1, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), sys.platform, sys.byteorder)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.hash_info.modulus, sys.hash_info.width, sys.int_info.bits_per_digit if False else "")
print(type(sys.maxsize).__name__, sys.maxsize + 1)
