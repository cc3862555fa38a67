for s in ("plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\x00\x7f\x80", "é", "\u200b", "\U0001F600", "\\", "\r", "\ud800"):
    print(repr(s), ascii(s))
