package org.newsmark.io.formats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.newsmark.model.Annotation;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;
import org.newsmark.model.Tokenizer;

/**
 * The CoNLL-2011/2012 coreference format, as the shared tasks' reference scorer reads it. A file
 * holds documents, each between {@code #begin document (NAME); part NNN} and {@code #end document};
 * inside, one token per line and a blank line after each sentence. The coreference column is the
 * last one: {@code -} for none, else items joined by {@code |} (or written one after another):
 * {@code (12} opens a mention of entity 12 on this token, {@code 12)} closes the latest open one,
 * {@code (12)} is a mention of this token alone.
 *
 * <p>Columns are separated by tabs, or by runs of spaces when a line has no tab. The full format
 * has the word in the fourth column (document, part, word number, word, ...) and, with twelve
 * columns or more, OntoNotes' named entities in the eleventh; GUM's files have three (token
 * number, word, coreference) and entity ids that carry a type ({@code (person-1},
 * {@code (place-2-Texas)}). Lines of other layouts, such as the scorer's minimal test files
 * (document and coreference only), have no word, and their tokens read as {@code _}.
 *
 * <p>Reading follows the scorer: on a line, single-token mentions are taken first, then openings,
 * then closings, and a closing ends the most recent open mention of its entity. Writing puts one
 * ENTITY annotation per mention and one entity of {@link EntityChains} per cluster, singletons too.
 * A mention that crosses another mention of its own entity (neither holds the other) cannot be told
 * apart in this format and reads back as two nested mentions.
 */
public final class Conll2012 {
    /** The word of lines that have no word column. */
    public static final String NO_WORD = "_";

    /**
     * A mention read from a file: code point offsets into its document's text (end exclusive), its
     * entity number, and its first and last token (inclusive, counted from 0 over the whole
     * document), the positions by which the scorer matches key and response mentions.
     */
    public record Mention(int start, int end, int cluster, int firstToken, int lastToken) {}

    /**
     * A typed span of tokens (first and last inclusive): a named entity of OntoNotes' named-entity
     * column ({@code PERSON}, {@code ORG}...) or the type in a GUM mention id ({@code person}).
     */
    public record Typed(int firstToken, int lastToken, String type) {}

    /**
     * A document read from a file: its name and part (empty when the header has none), the text of
     * its tokens (joined by single spaces, sentences by a line break), its mentions ordered by
     * start, end and cluster, the line of its {@code #begin document}, its typed spans in file
     * order, and the line of each token.
     */
    public record Document(
            String name,
            String part,
            String text,
            List<Mention> mentions,
            int line,
            List<Typed> types,
            List<Integer> tokenLines) {
        public Document {
            mentions = List.copyOf(mentions);
            types = List.copyOf(types);
            tokenLines = List.copyOf(tokenLines);
        }

        public Document(String name, String part, String text, List<Mention> mentions, int line) {
            this(name, part, text, mentions, line, List.of(), List.of());
        }

        /** The file line of a token, or the line of {@code #begin document} when it is not known. */
        public int lineOf(int token) {
            return token >= 0 && token < tokenLines.size() ? tokenLines.get(token) : line;
        }

        /** The mentions grouped by entity, the entities in the order of their first mention. */
        public List<List<Mention>> clusters() {
            Map<Integer, List<Mention>> byCluster = new LinkedHashMap<>();
            for (Mention m : mentions) {
                byCluster.computeIfAbsent(m.cluster(), k -> new ArrayList<>()).add(m);
            }
            return byCluster.values().stream().map(List::copyOf).toList();
        }
    }

    /** The documents that could be read, and every problem found, each with its line. */
    public record Parsed(List<Document> documents, List<Problem> problems) {
        public Parsed {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    /** One document in the format, and how many mentions were left out because they cover no token. */
    public record Written(String text, int skipped) {}

    private Conll2012() {}

    /** The documents of a file, in file order; every malformed line is a problem of the exception. */
    public static List<Document> read(String content, String shownPath) throws FormatException {
        return new Conll2012Reader(shownPath).read(content);
    }

    /**
     * The documents of a file and its problems, for imports that take what they can: a bad
     * coreference cell loses that cell only, an unclosed mention is dropped, a document without
     * {@code #end document} ends at the next {@code #begin document} or at the end of the file.
     */
    public static Parsed parse(String content, String shownPath) {
        return new Conll2012Reader(shownPath).parse(content);
    }

    /**
     * One article as a document named by its id, part 000: tokens from {@link Tokenizer}, cut where
     * a mention starts or ends inside one, sentences as the tokenizer finds them, and entity
     * {@code i} of the chains in the coreference column as cluster {@code i}. The named-entity
     * column (the eleventh) holds the labels of the named mentions ({@link EntityChains.Form#NAME})
     * as OntoNotes does, {@code (PERSON*} ... {@code *)}; where named mentions nest or overlap, the
     * one that starts first (the longer on a tie) is written.
     */
    public static Written write(Article article, EntityChains chains) {
        return write(article, chains, List.of());
    }

    /**
     * As {@link #write(Article, EntityChains)}, with tokens also cut at the given offsets: the
     * scorer matches mentions by token number, so files to be compared must cut the text alike
     * (at the span boundaries of every annotator's mentions).
     */
    public static Written write(Article article, EntityChains chains, Collection<Integer> cuts) {
        List<Annotation> mentions = new ArrayList<>();
        Map<String, Integer> clusterOf = new HashMap<>();
        TreeSet<Integer> boundaries = new TreeSet<>(cuts);
        for (EntityChains.Entity e : chains.entities()) {
            for (Annotation m : e.mentions()) {
                mentions.add(m);
                clusterOf.put(m.id(), e.index());
                boundaries.add(m.start());
                boundaries.add(m.end());
            }
        }
        List<List<Tokenizer.Token>> sentences = new ArrayList<>();
        List<Tokenizer.Token> tokens = new ArrayList<>();
        for (Tokenizer.Sentence s : Tokenizer.sentences(article)) {
            List<Tokenizer.Token> split = ConllExport.splitAt(article, s.tokens(), boundaries);
            sentences.add(split);
            tokens.addAll(split);
        }
        CorefColumn column = new CorefColumn();
        String[] named = new String[tokens.size()];
        List<Typed> names = new ArrayList<>();
        int skipped = 0;
        for (Annotation m : mentions) {
            int first = Tokenizer.firstEndingAfter(tokens, m.start());
            int last = first;
            while (last < tokens.size() && tokens.get(last).start() < m.end()) {
                last++;
            }
            if (last == first) {
                skipped++;
            } else {
                column.add(first, last - 1, clusterOf.get(m.id()));
                if (EntityChains.Form.of(m).orElse(null) == EntityChains.Form.NAME) {
                    names.add(new Typed(first, last - 1, m.label().replaceAll("[\\s()*|]", "_")));
                }
            }
        }
        // OntoNotes' named entities do not nest: the named mention that starts first (the longer on a tie) wins.
        names.sort(Comparator.comparingInt(Typed::firstToken).thenComparingInt(n -> -n.lastToken()));
        int free = 0;
        for (Typed n : names) {
            if (n.firstToken() >= free) {
                boolean single = n.firstToken() == n.lastToken();
                named[n.firstToken()] = "(" + n.type() + (single ? ")" : "*");
                if (!single) {
                    named[n.lastToken()] = "*)";
                }
                free = n.lastToken() + 1;
            }
        }
        return new Written(format(article.id(), sentences, column, named), skipped);
    }

    private static String format(
            String name, List<List<Tokenizer.Token>> sentences, CorefColumn column, String[] named) {
        StringBuilder b = new StringBuilder("#begin document (").append(name).append("); part 000\n");
        int t = 0;
        for (List<Tokenizer.Token> sentence : sentences) {
            for (int i = 0; i < sentence.size(); i++, t++) {
                String word = sentence.get(i).text().replaceAll("[\\s\\u00A0\\u2007\\u202F]", "_");
                b.append(name)
                        .append("\t0\t")
                        .append(i)
                        .append('\t')
                        .append(word)
                        .append("\t-\t*\t-\t-\t-\t-\t")
                        .append(named[t] == null ? "*" : named[t])
                        .append('\t')
                        .append(column.cell(t))
                        .append('\n');
            }
            b.append('\n');
        }
        return b.append("#end document\n").toString();
    }

    /** The coreference cells of a document's tokens, filled mention by mention. */
    private static final class CorefColumn {
        private record Item(int first, int last, int cluster) {}

        private final Map<Integer, List<Item>> opening = new HashMap<>();
        private final Map<Integer, List<Item>> closing = new HashMap<>();

        void add(int first, int last, int cluster) {
            Item item = new Item(first, last, cluster);
            opening.computeIfAbsent(first, k -> new ArrayList<>()).add(item);
            if (last != first) {
                closing.computeIfAbsent(last, k -> new ArrayList<>()).add(item);
            }
        }

        /** Openings, the longest first, then single tokens, then closings, the shortest first. */
        String cell(int token) {
            List<String> parts = new ArrayList<>();
            List<Item> opened = new ArrayList<>(opening.getOrDefault(token, List.of()));
            opened.sort(Comparator.comparingInt(Item::last).reversed().thenComparingInt(Item::cluster));
            for (Item i : opened) {
                parts.add(i.last() == token ? "(" + i.cluster() + ")" : "(" + i.cluster());
            }
            List<Item> closed = new ArrayList<>(closing.getOrDefault(token, List.of()));
            closed.sort(Comparator.comparingInt(Item::first).reversed().thenComparingInt(Item::cluster));
            for (Item i : closed) {
                parts.add(i.cluster() + ")");
            }
            return parts.isEmpty() ? "-" : String.join("|", parts);
        }
    }
}
