#!/usr/bin/env python3
"""Random keys and responses in the CoNLL-2012 format, scored by the reference scorer v8.01.

Writes random.key and random.response (several documents: nested mentions, mentions missing from
the response, spurious ones, entities merged and split, a key of singletons only, a key of one
entity) and random-expected.tsv: for each document and for all together ("none"), the numerators
and denominators that `perl scorer.pl METRIC random.key random.response NAME` prints as TOTALS
(for BLANC also its recall and precision, printed over 1).

    python3 make_random.py /path/to/reference-coreference-scorers

needs perl and a copy of https://github.com/conll/reference-coreference-scorers (v8.01). Fixed
seed, so running it again gives the same files.
"""
import random
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
METRICS = ["muc", "bcub", "ceafm", "ceafe", "blanc"]


def mentions(rng, tokens, count):
    """Distinct spans (first, last token), nesting allowed, no two crossing."""
    spans = set()
    while len(spans) < count:
        first = rng.randrange(tokens)
        last = min(tokens - 1, first + rng.choice([0, 0, 0, 1, 1, 2, 3]))
        if all(not (a < first <= b < last or first < a <= last < b) for a, b in spans):
            spans.add((first, last))
    return sorted(spans)


def clusters(rng, spans, entities):
    return {s: rng.randrange(entities) for s in spans}


def respond(rng, key, tokens, entities):
    """Keep most key mentions, drop some, add spurious ones; move some mentions to other entities."""
    response = {}
    for span, cluster in key.items():
        if rng.random() < 0.15:
            continue
        response[span] = cluster if rng.random() < 0.7 else rng.randrange(entities + 2)
    for span in mentions(rng, tokens, rng.randrange(1, 6)):
        crossing = any(a < span[0] <= b < span[1] or span[0] < a <= span[1] < b for a, b in response)
        if span not in response and not crossing:
            response[span] = rng.randrange(entities + 2)
    return response


def cells(tokens, spans):
    opens, singles, closes = ({t: [] for t in range(tokens)} for _ in range(3))
    for (first, last), cluster in spans.items():
        if first == last:
            singles[first].append(f"({cluster})")
        else:
            opens[first].append((last, f"({cluster}"))
            closes[last].append((first, f"{cluster})"))
    out = []
    for t in range(tokens):
        items = [x for _, x in sorted(opens[t], reverse=True)] + singles[t] + [x for _, x in sorted(closes[t], reverse=True)]
        out.append("|".join(items) if items else "-")
    return out


def write(path, docs, side):
    lines = []
    for name, tokens, key, response in docs:
        spans = key if side == "key" else response
        lines.append(f"#begin document ({name}); part 000")
        column = cells(tokens, spans)
        for t in range(tokens):
            lines.append(f"{name}\t0\t{t}\tw{t}\t{column[t]}")
            if t % 9 == 8:
                lines.append("")
        lines.append("")
        lines.append("#end document")
    path.write_text("\n".join(lines) + "\n")


def documents():
    rng = random.Random(20141)
    docs = []
    for i in range(6):
        tokens = rng.randrange(20, 90)
        spans = mentions(rng, tokens, rng.randrange(8, min(30, tokens // 2)))
        if i == 4:  # a key of singletons only
            entities = len(spans)
            key = {span: n for n, span in enumerate(spans)}
        else:  # doc5: a key of one entity
            entities = 1 if i == 5 else rng.randrange(2, 12)
            key = clusters(rng, spans, entities)
        docs.append((f"doc{i}", tokens, key, respond(rng, key, tokens, entities)))
    return docs


TOTALS = re.compile(r"\(([-\d.e]+) / ([-\d.e]+)\)")


def score(scorer, metric, name):
    out = subprocess.run(["perl", str(scorer / "scorer.pl"), metric, str(HERE / "random.key"),
                          str(HERE / "random.response"), name], capture_output=True, text=True, check=True).stdout
    totals = out[out.index("====== TOTALS ======="):]
    rows = []
    for line in totals.splitlines():
        label = line.split(":")[0]
        numbers = TOTALS.findall(line)
        if len(numbers) == 2:
            rows.append((label, numbers[0][0], numbers[0][1], numbers[1][0], numbers[1][1]))
    return rows


def main():
    scorer = Path(sys.argv[1])
    docs = documents()
    write(HERE / "random.key", docs, "key")
    write(HERE / "random.response", docs, "response")
    lines = ["document\tmetric\tline\trecall_numerator\trecall_denominator\tprecision_numerator\tprecision_denominator"]
    for name in [f"({d[0]}); part 000" for d in docs] + ["none"]:
        for metric in METRICS:
            for label, rn, rd, pn, pd in score(scorer, metric, name):
                lines.append("\t".join([name, metric, label, rn, rd, pn, pd]))
    (HERE / "random-expected.tsv").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
