import string
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation, repr(string.whitespace))
print(string.capwords("hello   world foo"), string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(string.Template("$a $b").safe_substitute(a=1))
