"""Writes the brat fixtures of BratImportTest: .txt files and .ann files in brat's documented
standoff style (T, E, R, A, M, N, #, * lines; discontinuous spans; numbered repeated roles).
Offsets are Python str indexes (code points), as brat computes them. Run: python3 make_fixtures.py
"""


def span(text, surface, nth=1):
    start = -1
    for _ in range(nth):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def t_line(tid, typ, text, surface, nth=1):
    s, e = span(text, surface, nth)
    return f"{tid}\t{typ} {s} {e}\t{text[s:e]}"


def write(name, text, lines):
    with open(name + ".txt", "w", encoding="utf-8", newline="") as f:
        f.write(text)
    with open(name + ".ann", "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# News text, brat types in brat's mixed case (Person, GPE...) that map onto the schema by name.
text = ('Kremlin spokesman Dmitry Peskov said Moscow had accepted the proposal.\n'
        '"We agreed to pause strikes on Kyiv \U0001F1FA\U0001F1E6," Peskov told reporters in Moscow on Friday.\n')
k0, k1 = span(text, "Kremlin")
m0, m1 = span(text, "Moscow")
write("peskov", text, [
    t_line("T1", "Organization", text, "Kremlin"),
    t_line("T2", "Person", text, "Dmitry Peskov"),
    t_line("T3", "GPE", text, "Moscow"),
    t_line("T4", "Indirect", text, "Moscow had accepted the proposal"),
    t_line("T5", "Agreement", text, "accepted"),
    "E1\tAgreement:T5 Agent:T3",
    "R1\tSpeaker Arg1:T4 Arg2:T2\t",
    t_line("T6", "Direct", text, '"We agreed to pause strikes on Kyiv \U0001F1FA\U0001F1E6,"'),
    t_line("T7", "Attack", text, "strikes"),
    t_line("T8", "GPE", text, "Kyiv"),
    "E2\tAttack:T7 Target:T8",
    "A1\tModality E2 requested",
    t_line("T9", "Person", text, "Peskov", 2),
    "R2\tSpeaker Arg1:T6 Arg2:T9",
    t_line("T10", "GPE", text, "Moscow", 2),
    t_line("T11", "Date", text, "Friday"),
    t_line("T12", "Statement", text, "told"),
    "E3\tStatement:T12 Agent:T9 Place:T10 Time:T11 Agent2:T2",
    "M1\tNegated E1",
    "#1\tAnnotatorNotes T2\tSpokesman of the Kremlin",
    "#2\tAnnotatorNotes E2\tRequested, not carried out",
    f"T13\tOrganization {k0} {k1};{m0} {m1}\t{text[k0:k1]} {text[m0:m1]}",
    "N1\tReference T2 Wikipedia:534366\tDmitry Peskov",
    "*\tEquiv T3 T10",
])

# brat's news tutorial style: types and roles outside the schema, mapped by mapping.csv.
text = "YouTube and DoubleClick merged with Google.\nOrville Wright and Wilbur Wright were pioneers in aviation.\n"
write("merger", text, [
    t_line("T1", "Organization", text, "YouTube"),
    t_line("T2", "Organization", text, "DoubleClick"),
    t_line("T3", "Organization", text, "Google"),
    t_line("T4", "Merge-org", text, "merged"),
    "E1\tMerge-org:T4 Org-Arg:T1 Org-Arg2:T2 Org-Arg3:T3",
    "#1\tAnnotatorNotes E1\tOne merge event with three participants",
    t_line("T5", "Person", text, "Orville Wright"),
    t_line("T6", "Person", text, "Wilbur Wright"),
    "R1\tFamily Arg1:T5 Arg2:T6\t",
    "#2\tAnnotatorNotes R1\tNot explicitly stated.",
])
