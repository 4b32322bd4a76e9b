"""Makes the emoji fixture of ConvertServiceTest: emoji.txt and emoji-gold.csv, whose offsets
are Python str indexes (code points), found with str.index. Run: python3 make_fixture.py
The expected outputs emoji.jsonl and emoji.conll were then written by 'newsmark convert' and
checked with check_offsets.py before they were committed.
"""
import csv

text = ("Zelensky \U0001F44B\U0001F3FD met Putin in Kyiv \U0001F1FA\U0001F1E6 on Friday.\n"
        "\u201cThe deal \U0001F91D is done,\u201d said \u0410\u043d\u0430 \u041f\u0435\u0442\u0440\u043e\u0432\u0430"
        " of the \U0001F469\u200D\U0001F469\u200D\U0001F467 family group in Zu\u0308rich.\n"
        "Moscow \U0001F600 denied it; \U0001D401\U0001D428\U0001D425\U0001D41D Inc. agreed.\n")

rows = []


def add(id_, layer, label, surface, links="", attributes=""):
    start = text.index(surface)
    end = start + len(surface)
    assert text[start:end] == surface
    rows.append(["emoji", "gold", id_, layer, label, start, end, surface, links, attributes, ""])


add("E1", "ENTITY", "PERSON", "Zelensky")
add("E2", "ENTITY", "PERSON", "Putin")
add("E3", "ENTITY", "GPE", "Kyiv")
add("E4", "ENTITY", "DATE", "Friday")
add("E5", "ENTITY", "PERSON", "\u0410\u043d\u0430 \u041f\u0435\u0442\u0440\u043e\u0432\u0430")
add("E6", "ENTITY", "GPE", "Zu\u0308rich")
add("E7", "ENTITY", "GPE", "Moscow")
add("E8", "ENTITY", "ORGANIZATION", "\U0001D401\U0001D428\U0001D425\U0001D41D Inc.")
add("Q1", "QUOTE", "DIRECT", "\u201cThe deal \U0001F91D is done,\u201d", links="speaker=E5")
add("V1", "EVENT", "MEETING", "met", links="agent=E1;target=E2;place=E3;time=E4")
add("V2", "EVENT", "STATEMENT", "denied", links="agent=E7", attributes="modality=negated")
add("V3", "EVENT", "AGREEMENT", "agreed", links="agent=E8")
rows.sort(key=lambda r: (r[5], r[6], r[2]))

with open("emoji.txt", "w", encoding="utf-8", newline="") as f:
    f.write(text)
with open("emoji-gold.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["doc", "annotator", "id", "layer", "label", "start", "end", "text", "links", "attributes", "note"])
    w.writerows(rows)
