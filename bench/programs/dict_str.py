# dict and str work: splitting, word counting, joins, formatting, slicing.

WORDS = (
    "the quick brown fox jumps over the lazy dog while seven wizards "
    "quietly hex bold jovial vexing frogs and a zebra packs my box"
).split()


def make_text(n):
    parts = []
    for i in range(n):
        w = WORDS[(i * 7) % len(WORDS)]
        if i % 5 == 0:
            w = w.upper()
        parts.append(w + str(i % 13))
    return " ".join(parts)


def count_words(text):
    counts = {}
    for word in text.split():
        key = word.lower()
        counts[key] = counts.get(key, 0) + 1
    return counts


def report(counts):
    lines = []
    for key in sorted(counts):
        lines.append("%s=%d" % (key, counts[key]))
        lines.append(f"{key[:3]}:{counts[key]:>5}")
    return "\n".join(lines)


def main():
    checksum = 0
    for r in range(40):
        text = make_text(50000 + r)
        counts = count_words(text)
        out = report(counts)
        checksum += len(out) + len(counts) + out.count("e") + text.find("zebra" + str(r))
    return checksum


print(main())
