import sys
print(sys.argv, len(sys.argv), sys.argv[0])
print(sys.argv[1:])
