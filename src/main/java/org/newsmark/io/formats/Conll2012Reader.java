package org.newsmark.io.formats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;

/**
 * Reads a file in the CoNLL-2012 format ({@link Conll2012#read}), collecting every problem with its
 * line. A line whose coreference cell cannot be used keeps its token (positions stay right) and
 * loses only that cell; a mention left open at the end of its document is dropped.
 */
final class Conll2012Reader {
    private static final Pattern BEGIN = Pattern.compile("#\\s*begin document\\b\\s*(.*)");
    private static final Pattern END = Pattern.compile("#\\s*end document\\b.*");
    private static final Pattern HEADER = Pattern.compile("\\((.*)\\);\\s*(?:part\\s+(\\S+))?");
    private static final Pattern NAMED_ENTITY = Pattern.compile("(?:\\(([^()*\\s]+))?\\*?(\\))?");

    private record Open(int token, int line, String type) {}

    /** An item of a coreference cell: its entity, its type (GUM's ids only) and whether it opens or closes. */
    private record Item(int cluster, String type, boolean opens, boolean closes) {}

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
    private List<Conll2012.Typed> types;
    private List<Integer> tokenLines;
    private Open namedEntity;

    Conll2012Reader(String path) {
        this.path = path;
    }

    List<Conll2012.Document> read(String content) throws FormatException {
        Conll2012.Parsed parsed = parse(content);
        if (!parsed.problems().isEmpty()) {
            throw new FormatException(parsed.problems());
        }
        return parsed.documents();
    }

    Conll2012.Parsed parse(String content) {
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
            finish();
        }
        problems.sort(null);
        return new Conll2012.Parsed(documents, problems);
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
                problems.add(Problem.error(
                        path,
                        number,
                        "a line starting with # inside document " + shownName()
                                + "; expected a token or #end document"));
            }
        } else if (text == null) {
            problems.add(Problem.error(
                    path,
                    number,
                    "a token line outside a document; a document starts with" + " #begin document (NAME); part 000"));
        } else {
            token(line, number);
        }
    }

    private void begin(String header, int number) {
        if (text != null) {
            problems.add(Problem.error(path, beginLine, "document " + shownName() + " has no #end document"));
            finish();
        }
        Matcher m = HEADER.matcher(header);
        name = m.matches() ? m.group(1) : header;
        part = m.matches() && m.group(2) != null ? m.group(2) : "";
        Integer earlier = seen.putIfAbsent(name + "\0" + part, number);
        if (earlier != null) {
            problems.add(Problem.error(
                    path, number, "document " + shownName() + " appears twice (first at line " + earlier + ")"));
        }
        beginLine = number;
        text = new StringBuilder();
        length = 0;
        sentenceEnded = false;
        tokens = new ArrayList<>();
        open = new HashMap<>();
        mentions = new ArrayList<>();
        types = new ArrayList<>();
        tokenLines = new ArrayList<>();
        namedEntity = null;
    }

    private void end(int number) {
        if (text == null) {
            problems.add(Problem.error(path, number, "#end document without #begin document"));
            return;
        }
        finish();
    }

    /** Adds the document being read, without the mentions still open (each reported). */
    private void finish() {
        for (Map.Entry<Integer, Deque<Open>> e : open.entrySet()) {
            for (Open o : e.getValue()) {
                problems.add(Problem.error(
                        path,
                        o.line(),
                        "the mention of entity " + e.getKey() + " opened here is not closed before #end document"));
            }
        }
        if (namedEntity != null) {
            problems.add(Problem.warning(
                    path,
                    namedEntity.line(),
                    "the named entity " + namedEntity.type()
                            + " opened here is not closed before #end document; it is left out"));
        }
        mentions.sort(Comparator.comparingInt(Conll2012.Mention::start)
                .thenComparingInt(Conll2012.Mention::end)
                .thenComparingInt(Conll2012.Mention::cluster));
        documents.add(new Conll2012.Document(name, part, text.toString(), mentions, beginLine, types, tokenLines));
        text = null;
    }

    private void token(String line, int number) {
        String[] columns = columns(line);
        if (columns.length < 2) {
            problems.add(Problem.error(
                    path, number, "expected at least two columns (document, coreference)," + " found one"));
            return;
        }
        String word = columns.length >= 5
                ? columns[3].strip().replaceAll("\\s", "_")
                : isGumLayout(columns) ? columns[1].strip().replaceAll("\\s", "_") : Conll2012.NO_WORD;
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
        tokenLines.add(number);
        if (columns.length >= 12) {
            namedEntity(columns[10].strip(), tokens.size() - 1, number);
        }
        coreference(columns[columns.length - 1].strip(), tokens.size() - 1, number);
    }

    /** GUM's layout: token number, word, coreference. */
    private static boolean isGumLayout(String[] columns) {
        return columns.length == 3
                && !columns[0].isEmpty()
                && columns[0].strip().chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The named-entity column of OntoNotes' files (the eleventh of twelve or more): {@code (PERSON*}
     * opens, {@code *)} closes, {@code (GPE)} is one token, {@code *} is inside or outside. Named
     * entities do not nest there; a cell that does not fit is a warning and is passed over.
     */
    private void namedEntity(String cell, int token, int number) {
        if (cell.equals("*") || cell.equals("-") || cell.equals("_")) {
            return;
        }
        Matcher m = NAMED_ENTITY.matcher(cell);
        boolean opens = m.matches() && m.group(1) != null;
        boolean closes = m.matches() && m.group(2) != null;
        if (!opens && !closes || closes && !opens && namedEntity == null) {
            problems.add(Problem.warning(
                    path,
                    number,
                    "named-entity column \"" + cell + "\" is not (TYPE*, *, *)"
                            + " or (TYPE) in order; it is passed over"));
            return;
        }
        if (opens) {
            if (namedEntity != null) {
                problems.add(Problem.warning(
                        path,
                        namedEntity.line(),
                        "the named entity " + namedEntity.type()
                                + " opened here is not closed before the next one opens; it is left out"));
            }
            namedEntity = new Open(token, number, m.group(1));
        }
        if (closes) {
            types.add(new Conll2012.Typed(namedEntity.token(), token, namedEntity.type()));
            namedEntity = null;
        }
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
        List<Item> items = parseCell(cell);
        if (items == null) {
            problems.add(Problem.error(
                    path,
                    number,
                    "coreference column \"" + cell + "\" is not - or items" + " such as (12 12) (12) joined by |"));
            return;
        }
        // As the scorer: single-token mentions first, then openings, then closings.
        for (Item i : items) {
            if (i.opens() && i.closes()) {
                mentions.add(mention(token, token, i.cluster()));
                typed(token, token, i.type());
            }
        }
        for (Item i : items) {
            if (i.opens() && !i.closes()) {
                open.computeIfAbsent(i.cluster(), k -> new ArrayDeque<>()).push(new Open(token, number, i.type()));
            }
        }
        for (Item i : items) {
            if (i.opens() || !i.closes()) {
                continue;
            }
            Deque<Open> stack = open.get(i.cluster());
            if (stack == null || stack.isEmpty()) {
                problems.add(
                        Problem.error(path, number, i.cluster() + ") closes no open mention of entity " + i.cluster()));
                continue;
            }
            Open o = stack.pop();
            mentions.add(mention(o.token(), token, i.cluster()));
            typed(o.token(), token, o.type());
            if (stack.isEmpty()) {
                open.remove(i.cluster());
            }
        }
    }

    private void typed(int first, int last, String type) {
        if (type != null) {
            types.add(new Conll2012.Typed(first, last, type));
        }
    }

    private Conll2012.Mention mention(int firstToken, int lastToken, int cluster) {
        return new Conll2012.Mention(
                tokens.get(firstToken)[0], tokens.get(lastToken)[1], cluster, firstToken, lastToken);
    }

    /**
     * Splits a cell into items, {@code (N}, {@code N)}, {@code (N)}, joined by {@code |} or written one
     * after another; GUM's ids {@code TYPE-N} and {@code TYPE-N-WikiId} ({@code (person-1},
     * {@code (place-2-Texas)}) give entity N and its type. Null when anything else is in the cell.
     */
    private static List<Item> parseCell(String cell) {
        List<Item> items = new ArrayList<>();
        int i = 0;
        int n = cell.length();
        while (i < n) {
            if (cell.charAt(i) == '|') {
                i++;
                continue;
            }
            boolean opening = cell.charAt(i) == '(';
            int j = opening ? i + 1 : i;
            String type = null;
            int letters = j;
            while (j < n && (Character.isLetter(cell.charAt(j)) || cell.charAt(j) == '_')) {
                j++;
            }
            if (j > letters) {
                if (j >= n || cell.charAt(j) != '-') {
                    return null;
                }
                type = cell.substring(letters, j);
                j++;
            }
            int digits = j;
            while (j < n && cell.charAt(j) >= '0' && cell.charAt(j) <= '9') {
                j++;
            }
            if (j == digits || j - digits > 9) {
                return null;
            }
            int cluster = Integer.parseInt(cell.substring(digits, j));
            if (type != null && j < n && cell.charAt(j) == '-') {
                while (j < n && "()|".indexOf(cell.charAt(j)) < 0) {
                    j++; // GUM's link to Wikipedia, not part of the entity's number
                }
            }
            boolean closing = j < n && cell.charAt(j) == ')';
            if (!opening && !closing) {
                return null;
            }
            items.add(new Item(cluster, type, opening, closing));
            i = closing ? j + 1 : j;
        }
        return items;
    }

    private String shownName() {
        return "(" + name + ")" + (part.isEmpty() ? "" : " part " + part);
    }
}
