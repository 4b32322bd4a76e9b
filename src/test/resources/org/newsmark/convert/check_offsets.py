"""Checks a JSONL and a CoNLL file written by 'newsmark convert' against Python's view of the
text: every span's text is text[start:end] (code points), and the BIO spans of the CoNLL entity
column, with tokens found in the text in order, are the JSONL entities. The JSONL clusters hold
every entity id once, entities in the order of their first mention. A CoNLL-2012 file
(NAME.coref.conll, from --to conll2012) after the CoNLL file: its tokens found in the text in
order, its mentions (read as the reference scorer reads the last column) are the JSONL entities'
spans and its clusters the JSONL clusters.
Usage: python3 check_offsets.py A.jsonl A.conll [A.coref.conll] [B.jsonl B.conll ...]
(exit 0 and "ok ..." when all agree)
"""
import json
import re
import sys


def check(jsonl_path, conll_path):
    docs = [json.loads(line) for line in open(jsonl_path, encoding="utf-8") if line.strip()]
    checked = 0
    for d in docs:
        text = d["text"]
        for kind in ("entities", "quotes", "events"):
            for a in d[kind]:
                assert text[a["start"]:a["end"]] == a["text"], (d["id"], a)
                checked += 1
        ids = {a["id"] for a in d["entities"]}
        for q in d["quotes"]:
            assert q["speaker"] is None or q["speaker"] in ids, q
        for e in d["events"]:
            for arg in e["arguments"]:
                assert arg["entity"] in ids, e
        clustered = [m for c in d["clusters"] for m in c]
        assert sorted(clustered) == sorted(ids) and len(clustered) == len(ids), (d["id"], d["clusters"])
        position = {a["id"]: i for i, a in enumerate(d["entities"])}
        firsts = [min(position[m] for m in c) for c in d["clusters"]]
        assert firsts == sorted(firsts), (d["id"], "clusters not in the order of their first mention")
    conll_docs = []
    for line in open(conll_path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            conll_docs.append([])
        elif line:
            conll_docs[-1].append(line.split(" "))
    assert len(conll_docs) == len(docs), (len(conll_docs), len(docs))
    for d, rows in zip(docs, conll_docs):
        text = d["text"]
        pos = 0
        spans = []
        current = None
        for row in rows:
            token, tag = row[0], row[1]
            start = text.index(token, pos)
            end = start + len(token)
            assert text[pos:start].strip() == "" or not text[pos:start].strip().isalnum(), (token, text[pos:start])
            pos = end
            if tag.startswith("B-"):
                current = [tag[2:], start, end]
                spans.append(current)
            elif tag.startswith("I-"):
                assert current is not None and current[0] == tag[2:], (d["id"], token, tag)
                current[2] = end
            else:
                current = None
        entities = {(a["label"], a["start"], a["end"]) for a in d["entities"]}
        for label, start, end in spans:
            assert (label, start, end) in entities, (d["id"], label, start, end, text[start:end])
            checked += 1
    return checked, len(docs)


def check_coref(jsonl_path, coref_path):
    docs = [json.loads(line) for line in open(jsonl_path, encoding="utf-8") if line.strip()]
    documents = []
    for line in open(coref_path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#begin document"):
            documents.append([])
        elif line and not line.startswith("#"):
            documents[-1].append(line.split("\t"))
    assert len(documents) == len(docs), (len(documents), len(docs))
    checked = 0
    for d, rows in zip(docs, documents):
        text = d["text"]
        pos = 0
        offsets = []
        for row in rows:
            word = row[3]
            start = text.index(word, pos)
            assert text[pos:start].strip() == "", (d["id"], word, text[pos:start])
            pos = start + len(word)
            offsets.append((start, pos))
        clusters = {}
        opened = {}
        for i, row in enumerate(rows):
            cell = row[-1]
            for n in re.findall(r"\((\d+)\)", cell):
                clusters.setdefault(n, []).append(offsets[i])
            for n in re.findall(r"\((\d+)(?!\d|\))", cell):
                opened.setdefault(n, []).append(i)
            for n in re.findall(r"(?<![\d(])(\d+)\)", cell):
                first = opened[n].pop()
                clusters.setdefault(n, []).append((offsets[first][0], offsets[i][1]))
        span = {a["id"]: (a["start"], a["end"]) for a in d["entities"]}
        expected = sorted(sorted(span[m] for m in c) for c in d["clusters"])
        assert sorted(sorted(c) for c in clusters.values()) == expected, (d["id"], "clusters differ")
        checked += sum(len(c) for c in expected)
    return checked


def main(paths):
    spans = articles = 0
    i = 0
    while i < len(paths):
        s, a = check(paths[i], paths[i + 1])
        spans += s
        articles += a
        if i + 2 < len(paths) and paths[i + 2].endswith(".coref.conll"):
            spans += check_coref(paths[i], paths[i + 2])
            i += 1
        i += 2
    print("ok: %d spans agree with Python's text[start:end] in %d articles" % (spans, articles))


if __name__ == "__main__":
    main(sys.argv[1:])
