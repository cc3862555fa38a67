CONST = 3
def public(): return "public"
_private = 1
