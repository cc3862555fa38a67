print("a start")
A_VALUE = "early a"
import b
print("a after importing b")
A_VALUE = "late a"
