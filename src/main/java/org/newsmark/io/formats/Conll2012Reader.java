package org.newsmark.io.formats;

import org.newsmark.model.Problem;
import org.newsmark.model.FormatException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a file in the CoNLL-2012 format ({@link Conll2012#read}), collecting every problem with its line. */
final class Conll2012Reader {
    private static final Pattern BEGIN = Pattern.compile("#\\s*begin document\\b\\s*(.*)");
    private static final Pattern END = Pattern.compile("#\\s*end document\\b.*");
    private static final Pattern HEADER = Pattern.compile("\\((.*)\\);\\s*(?:part\\s+(\\S+))?");

    private record Open(int token, int line) {
    }

    private final String path;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Conll2012.Document> documents = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    // The document being read.
    private String name;
    private String part;
    private int beginLine;
    private StringBuilder text;
    private int length;
    private boolean sentenceEnded;
    private List<int[]> tokens;
    private Map<Integer, Deque<Open>> open;
    private List<Conll2012.Mention> mentions;

    Conll2012Reader(String path) {
        this.path = path;
    }

    List<Conll2012.Document> read(String content) throws FormatException {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            line(line, i + 1);
        }
        if (text != null) {
            problems.add(Problem.error(path, beginLine, "document " + shownName() + " has no #end document"));
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new FormatException(problems);
        }
        return List.copyOf(documents);
    }

    private void line(String line, int number) {
        if (line.isBlank()) {
            sentenceEnded = true;
            return;
        }
        Matcher begin = BEGIN.matcher(line);
        if (begin.matches()) {
            begin(begin.group(1).strip(), number);
        } else if (END.matcher(line).matches()) {
            end(number);
        } else if (line.startsWith("#")) {
            if (text != null) {
                problems.add(Problem.error(path, number, "a line starting with # inside document " + shownName()
                        + "; expected a token or #end document"));
            }
        } else if (text == null) {
            problems.add(Problem.error(path, number, "a token line outside a document; a document starts with"
                    + " #begin document (NAME); part 000"));
        } else {
            token(line, number);
        }
    }

    private void begin(String header, int number) {
        if (text != null) {
            problems.add(Problem.error(path, beginLine, "document " + shownName() + " has no #end document"));
        }
        Matcher m = HEADER.matcher(header);
        name = m.matches() ? m.group(1) : header;
        part = m.matches() && m.group(2) != null ? m.group(2) : "";
        if (name.isEmpty()) {
            problems.add(Problem.error(path, number, "#begin document without a document name"));
        }
        Integer earlier = seen.putIfAbsent(name + "\0" + part, number);
        if (earlier != null) {
            problems.add(Problem.error(path, number, "document " + shownName() + " appears twice (first at line "
                    + earlier + ")"));
        }
        beginLine = number;
        text = new StringBuilder();
        length = 0;
        sentenceEnded = false;
        tokens = new ArrayList<>();
        open = new HashMap<>();
        mentions = new ArrayList<>();
    }

    private void end(int number) {
        if (text == null) {
            problems.add(Problem.error(path, number, "#end document without #begin document"));
            return;
        }
        for (Map.Entry<Integer, Deque<Open>> e : open.entrySet()) {
            for (Open o : e.getValue()) {
                problems.add(Problem.error(path, o.line(), "the mention of entity " + e.getKey()
                        + " opened here is not closed before #end document"));
            }
        }
        mentions.sort(Comparator.comparingInt(Conll2012.Mention::start).thenComparingInt(Conll2012.Mention::end)
                .thenComparingInt(Conll2012.Mention::cluster));
        documents.add(new Conll2012.Document(name, part, text.toString(), mentions, beginLine));
        text = null;
    }

    private void token(String line, int number) {
        String[] columns = columns(line);
        if (columns.length < 2) {
            problems.add(Problem.error(path, number, "expected at least two columns (document, coreference),"
                    + " found one"));
            return;
        }
        String word = columns.length >= 5 ? columns[3].strip().replaceAll("\\s", "_") : Conll2012.NO_WORD;
        if (word.isEmpty()) {
            word = Conll2012.NO_WORD;
        }
        if (!tokens.isEmpty()) {
            text.append(sentenceEnded ? '\n' : ' ');
            length++;
        }
        sentenceEnded = false;
        int start = length;
        text.append(word);
        length += word.codePointCount(0, word.length());
        tokens.add(new int[] {start, length});
        coreference(columns[columns.length - 1].strip(), tokens.size() - 1, number);
    }

    /** Tab-separated fields without the empty ones at the end, or else fields separated by spaces. */
    private static String[] columns(String line) {
        if (line.indexOf('\t') < 0) {
            return line.strip().split("\\s+");
        }
        return line.split("\t");
    }

    private void coreference(String cell, int token, int number) {
        if (cell.equals("-") || cell.equals("_")) {
            return;
        }
        List<Integer> singles = new ArrayList<>();
        List<Integer> opens = new ArrayList<>();
        List<Integer> closes = new ArrayList<>();
        if (!parseCell(cell, singles, opens, closes)) {
            problems.add(Problem.error(path, number, "coreference column \"" + cell + "\" is not - or items"
                    + " such as (12 12) (12) joined by |"));
            return;
        }
        for (int cluster : singles) {
            mentions.add(mention(token, token, cluster));
        }
        for (int cluster : opens) {
            open.computeIfAbsent(cluster, k -> new ArrayDeque<>()).push(new Open(token, number));
        }
        for (int cluster : closes) {
            Deque<Open> stack = open.get(cluster);
            if (stack == null || stack.isEmpty()) {
                problems.add(Problem.error(path, number, cluster + ") closes no open mention of entity " + cluster));
                continue;
            }
            mentions.add(mention(stack.pop().token(), token, cluster));
            if (stack.isEmpty()) {
                open.remove(cluster);
            }
        }
    }

    private Conll2012.Mention mention(int firstToken, int lastToken, int cluster) {
        return new Conll2012.Mention(tokens.get(firstToken)[0], tokens.get(lastToken)[1], cluster, firstToken, lastToken);
    }

    /** Splits a cell into (N) (N and N) items; false when anything else is in it. */
    private static boolean parseCell(String cell, List<Integer> singles, List<Integer> opens, List<Integer> closes) {
        int i = 0;
        int n = cell.length();
        while (i < n) {
            char c = cell.charAt(i);
            if (c == '|') {
                i++;
                continue;
            }
            boolean opening = c == '(';
            int digits = opening ? i + 1 : i;
            int j = digits;
            while (j < n && cell.charAt(j) >= '0' && cell.charAt(j) <= '9') {
                j++;
            }
            if (j == digits || j - digits > 9) {
                return false;
            }
            int cluster = Integer.parseInt(cell.substring(digits, j));
            boolean closing = j < n && cell.charAt(j) == ')';
            if (!opening && !closing) {
                return false;
            }
            (opening && closing ? singles : opening ? opens : closes).add(cluster);
            i = closing ? j + 1 : j;
        }
        return true;
    }

    private String shownName() {
        return "(" + name + ")" + (part.isEmpty() ? "" : " part " + part);
    }
}
