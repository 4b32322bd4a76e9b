"""Checks a JSONL and a CoNLL file written by 'newsmark convert' against Python's view of the
text: every span's text is text[start:end] (code points), and the BIO spans of the CoNLL entity
column, with tokens found in the text in order, are the JSONL entities.
Usage: python3 check_offsets.py A.jsonl A.conll [B.jsonl B.conll ...]   (exit 0 and "ok ..." when all agree)
"""
import json
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


def main(paths):
    spans = articles = 0
    for i in range(0, len(paths), 2):
        s, a = check(paths[i], paths[i + 1])
        spans += s
        articles += a
    print("ok: %d spans agree with Python's text[start:end] in %d articles" % (spans, articles))


if __name__ == "__main__":
    main(sys.argv[1:])
