package org.newsmark.agreement.coref;

import java.util.Map;

/**
 * The key and response files of the test cases of the CoNLL-2011/2012 reference coreference scorer
 * v8.01 (github.com/conll/reference-coreference-scorers, commit f49f3f8, {@code test/DataFiles/},
 * licensed CC BY-SA 4.0; authors Emili Sapena, Sameer Pradhan, Sebastian Martschat, Xiaoqiang Luo;
 * the cases are described in its {@code test/TestCases.README}), transcribed: each line is one
 * sentence, {@code DOC PART: C1 C2 ...} (or {@code DOC: ...} for the files without a part column),
 * the coreference column of its tokens in order; the words, which the metrics never look at, are
 * left out. {@link #conll} writes a file back in the five-column form the scorer reads, with the
 * words {@code w0}, {@code w1}, ..., so that the test reads it through {@code io.formats.Conll2012}
 * as it would read the original.
 */
final class ScorerTestFiles {
    private ScorerTestFiles() {}

    /** The file as CoNLL-2012 text: document, part, word number, word, coreference; tab separated. */
    static String conll(String file) {
        String compact = FILES.get(file);
        if (compact == null) {
            throw new IllegalArgumentException("no test file " + file);
        }
        StringBuilder out = new StringBuilder();
        for (String line : compact.split("\n")) {
            if (line.startsWith("#")) {
                out.append(line).append('\n');
                continue;
            }
            int colon = line.indexOf(": ");
            String[] where = line.substring(0, colon).split(" ");
            String part = where.length > 1 ? where[1] : "0";
            String[] corefs = line.substring(colon + 2).split(" ");
            for (int i = 0; i < corefs.length; i++) {
                out.append(where[0])
                        .append('\t')
                        .append(part)
                        .append('\t')
                        .append(i)
                        .append("\tw")
                        .append(i)
                        .append('\t')
                        .append(corefs[i])
                        .append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("TC-A.key", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1 - - 1) - -
                    test2 0: (1) - (2 2) - (2) - (2 - 2) -
                    #end document
                    """),
            Map.entry("TC-A-1.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1 - - 1) - -
                    test2 0: (1) - (2 2) - (2) - (2 - 2) -
                    #end document
                    """),
            Map.entry("TC-A-2.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - - - - - - -
                    test2 0: - - (2 2) - (2) - - - - -
                    #end document
                    """),
            Map.entry("TC-A-3.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1 - - 1) - -
                    test2 0: (1) (1) (2 2) (2) (2) (3) (2 - 2) -
                    #end document
                    """),
            Map.entry("TC-A-4.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1 - - 1) - -
                    test2 0: (1) (1) (2 2) (3) - (2) - - - -
                    #end document
                    """),
            Map.entry("TC-A-5.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1 (1 1) 1) - -
                    test2 0: (1) (1) (2 2) (3) - (2) - - - -
                    #end document
                    """),
            Map.entry("TC-A-6.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1 (3 3) 1) - -
                    test2 0: (1) (1) (2 2) (3) - (2) - - - -
                    #end document
                    """),
            Map.entry("TC-A-7.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1(1 - - 1)1) - -
                    test2 0: (1) (1) (2 2) (3) - (2) - - - -
                    #end document
                    """),
            Map.entry("TC-A-8.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1(3 - - 3)1) - -
                    test2 0: (1) (1) (2 2) (3) - (2) - - - -
                    #end document
                    """),
            Map.entry("TC-A-9.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1(3(3(3(3(3(3(3(3(3(3 - - 3)3)3)3)3)3)3)3)3)3)1) - -
                    test2 0: (1) (1) (2 2) (3) - (2) - - - -
                    #end document
                    """),
            Map.entry("TC-A-10.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1 - - 1) - -
                    test2 0: (2) - (3 3) - (4) - (5 - 5) -
                    #end document
                    """),
            Map.entry("TC-A-11.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (0 - - 0) - -
                    test2 0: (0) - (0 0) - (0) - (0 - 0) -
                    #end document
                    """),
            Map.entry("TC-A-12.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1 1) - - (2) -
                    test2 0: (3) - (4 4) - (5) - (6) - - -
                    #end document
                    """),
            Map.entry("TC-A-13.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (0 0) - - (0) -
                    test2 0: (0) - (0 0) - (0) - (0) - - -
                    #end document
                    """),
            Map.entry("TC-B.key", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (10043 - - - - - - - - - - 10043) - - - - - - - - - - - - - - - - (10054 - 10054) - - - - - - - - - - - - - - - (10043) - - - - - - - - - - - - - - (10054 10054) - - (10054) - - - -
                    #end document
                    """),
            Map.entry("TC-B-1.response", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - - - - - - - - - - - - - - - - - - - - - - - - - - - - - (10043 - 10043) - - - - - - - - - - - - - - - (10043) - - - - - - (10043 - - - 10043) - - - (10054 10054) - - (10054) - - - -
                    #end document
                    """),
            Map.entry("TC-C.key", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (10043 - - - - - - - - - - 10043) - - - - - - - - - - - - - - - - (10054 - 10054) - - - - - - - - - - - - - - - (10043) - - - - - - - - - - - - - - (10054 10054) - - (10054) - - (10060) (10060)
                    #end document
                    """),
            Map.entry("TC-C-1.response", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - - - - - - - - - - - - - - - - - - - - - - - - - - - - - (10043 - 10043) - - - - - - - - - - - - - - - (10043) - - - - - - (10043 - - - 10043) - - - (10054 10054) - - (10054) - - (10060) (10060)
                    #end document
                    """),
            Map.entry("TC-D.key", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (1) - (1) - (1) - - - (2) - (2) - - - (3) - (3) - (3) - (3) - (3)
                    #end document
                    """),
            Map.entry("TC-D-1.response", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (1) - (1) - (1) - - - (3) - (3) - - - (3) - (3) - (3) - (3) - (3)
                    #end document
                    """),
            Map.entry("TC-E.key", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (1) - (1) - (1) - - - (2) - (2) - - - (3) - (3) - (3) - (3) - (3)
                    #end document
                    """),
            Map.entry("TC-E-1.response", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (1) - (1) - (1) - - - (2) - (2) - - - (1) - (1) - (1) - (1) - (1)
                    #end document
                    """),
            Map.entry("TC-F.key", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (1) - (1) - - - - - - - - - - - - - - - - - - - -
                    #end document
                    """),
            Map.entry("TC-F-1.response", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (2) - (2) - - - - - - - - - - - - - - - - - - - -
                    #end document
                    """),
            Map.entry("TC-G.key", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (2) - (2) - - - - - - - - - - - - - - - - - - - -
                    #end document
                    """),
            Map.entry("TC-G-1.response", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (1) - (1) - - - - - - - - - - - - - - - - - - - -
                    #end document
                    """),
            Map.entry("TC-H.key", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (1) - (1) - - - - - - - - - - - - - - - - - - - -
                    #end document
                    """),
            Map.entry("TC-H-1.response", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (1) - (1) - - - - - - - - - - - - - - - - - - - -
                    #end document
                    """),
            Map.entry("TC-I.key", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (1) - (1) - - - - - - - - - - - - - - - - - - - -
                    #end document
                    """),
            Map.entry("TC-I-1.response", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (2) - (2) - - - - - - - - - - - - - - - - - - - -
                    #end document
                    """),
            Map.entry("TC-J.key", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (1) - - - - - - - - - - - - - - - - - - - - - -
                    #end document
                    """),
            Map.entry("TC-J-1.response", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - - - (1) - - - - - - - - - - - - - - - - - - - - - -
                    #end document
                    """),
            Map.entry("TC-K.key", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - - - (1) - (1) - (1) - (1) - - - (1) - (1) - - - (1) - - - - - - - -
                    #end document
                    """),
            Map.entry("TC-K-1.response", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (1) - (2) - (2) - (2) - (3) - (3) - (3) - - - - - - - - - -
                    #end document
                    """),
            Map.entry("TC-L.key", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (1) - (2) - (2) - (2) - (2) - - - - - - - - - - - - - -
                    #end document
                    """),
            Map.entry("TC-L-1.response", """
                    #begin document (nw/xinhua/00/chtb_0009); part 000
                    nw/xinhua/00/chtb_0009: - (1) - (1) - (2) - (2) - - - (3) - (3) - (3) - - - - - - - - - - - -
                    #end document
                    """),
            Map.entry("TC-M.key", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (0 - - 0) - -
                    test2 0: (0) - (0 0) - (0) - (0 - 0) -
                    #end document
                    """),
            Map.entry("TC-M-1.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (0 - - 0) - -
                    test2 0: (0) - (0 0) - (0) - (0 - 0) -
                    #end document
                    """),
            Map.entry("TC-M-2.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1 - - 1) - -
                    test2 0: (2) - (3 3) - (4) - (5 - 5) -
                    #end document
                    """),
            Map.entry("TC-M-3.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (0 - - 0) - -
                    test2 0: (1) - (1 1) - (1) - (2 - 2) -
                    #end document
                    """),
            Map.entry("TC-M-4.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (0 - - 0) - -
                    test2 0: (0) (0) - - (0) - (0) - - - -
                    #end document
                    """),
            Map.entry("TC-M-5.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1 - - 1) - -
                    test2 0: (2) (3) - - (4) - (5) - - - -
                    #end document
                    """),
            Map.entry("TC-M-6.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (0 - - 0) - -
                    test2 0: (1) (1) - - (1) - (2) - - - -
                    #end document
                    """),
            Map.entry("TC-N.key", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1 - - 1) - -
                    test2 0: (2) - (3 3) - (4) - (5 - 5) -
                    #end document
                    """),
            Map.entry("TC-N-1.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1 - - 1) - -
                    test2 0: (2) - (3 3) - (4) - (5 - 5) -
                    #end document
                    """),
            Map.entry("TC-N-2.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (0 - - 0) - -
                    test2 0: (0) - (0 0) - (0) - (0 - 0) -
                    #end document
                    """),
            Map.entry("TC-N-3.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (0 - - 0) - -
                    test2 0: (1) - (1 1) - (1) - (2 - 2) -
                    #end document
                    """),
            Map.entry("TC-N-4.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (1 - - 1) - -
                    test2 0: (2) (3) - - (4) - (5) - - - -
                    #end document
                    """),
            Map.entry("TC-N-5.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (0 - - 0) - -
                    test2 0: (0) (0) - - (0) - (0) - - - -
                    #end document
                    """),
            Map.entry("TC-N-6.response", """
                    #begin document (LuoTestCase);
                    test1 0: (0 0) - (0 - - 0) - -
                    test2 0: (1) (1) - - (1) - (2) - - - -
                    #end document
                    """));
}
