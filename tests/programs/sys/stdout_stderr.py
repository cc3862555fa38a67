import sys
sys.stdout.write("to stdout\n")
sys.stderr.write("to stderr\n")
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.encoding.lower().replace("-", ""), hasattr(sys.stdout, "flush"))
print("err via print", file=sys.stderr)
