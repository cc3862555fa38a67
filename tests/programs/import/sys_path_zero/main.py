import sys, os
here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here, os.path.basename(__file__))
import found_via_path
print(found_via_path.OK)
