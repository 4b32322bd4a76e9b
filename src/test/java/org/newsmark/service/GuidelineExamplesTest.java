package org.newsmark.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.TestData;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.Layer;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Schema;
import org.newsmark.service.GuidelineExample.Expectation;
import org.newsmark.service.GuidelineExample.SpanRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The guidelines' worked examples against the gold standard: every {@code newsmark-example} block of the
 * guidelines states what gold holds in a passage of a bundled article (labels, extents, attributes, links),
 * and each block is one test that fails with the block's file and line when gold says otherwise.
 */
class GuidelineExamplesTest {
    private static final List<String> FILES =
            List.of("README.md", "entities.md", "quotes.md", "events.md", "quick-reference.md", "CHANGELOG.md");

    @TempDir
    static Path dir;

    private static Schema schema;
    private static ProjectFolder project;
    private static final Map<String, AnnotationSet> GOLD = new HashMap<>();
    private static final Map<String, Article> ARTICLES = new HashMap<>();

    @BeforeAll
    static void copyBundledProject() throws Exception {
        project = ProjectFolder.open(TestData.bundledCopy(dir.resolve("project")));
        schema = project.readSchema();
        for (String doc : project.articleIds()) {
            Article article = project.readArticle(doc);
            AnnotationFiles.Loaded gold = AnnotationFiles.load(project, schema, article, "gold");
            assertThat(gold.problems()).as("gold of " + doc).isEmpty();
            ARTICLES.put(doc, article);
            GOLD.put(doc, gold.set());
        }
    }

    private static Map<String, String> guidelines() {
        Map<String, String> files = Guidelines.forProject(TestData.BUNDLED).files();
        assertThat(files).containsKeys(FILES.toArray(String[]::new));
        return files;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleAgreesWithGold() {
        List<DynamicTest> tests = new ArrayList<>();
        int examples = 0;
        int lines = 0;
        Map<String, Integer> perFile = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : guidelines().entrySet()) {
            List<GuidelineExample> parsed;
            try {
                parsed = GuidelineExample.parse(f.getKey(), f.getValue());
            } catch (GuidelineExample.FormatError e) {
                tests.add(DynamicTest.dynamicTest(f.getKey(), () -> fail(e.getMessage())));
                continue;
            }
            for (GuidelineExample ex : parsed) {
                examples++;
                lines += ex.expectations().size();
                perFile.merge(ex.file(), 1, Integer::sum);
                tests.add(DynamicTest.dynamicTest(ex.file() + ":" + ex.line() + " " + ex.doc(), () -> {
                    List<String> failures = check(ex);
                    if (!failures.isEmpty()) {
                        fail(failures.size() + " disagreement(s) between guideline and gold:\n"
                                + String.join("\n", failures));
                    }
                }));
            }
        }
        System.out.println("Guideline examples checked against gold: " + examples + " examples, " + lines
                + " expected annotations " + perFile);
        assertThat(examples).as("examples found").isPositive();
        return tests.stream();
    }

    /**
     * Every passage of a bundled article quoted in a blockquote is a worked example, so a newsmark-example block
     * for the same article follows it before the next heading or quotation.
     */
    @Test
    void everyQuotedPassageHasItsBlock() {
        List<String> missing = new ArrayList<>();
        guidelines().forEach((file, text) -> {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int fenceEnd = GuidelineExample.fenceEnd(lines, i);
                if (fenceEnd > i) {
                    i = fenceEnd;
                    continue;
                }
                if (!lines[i].startsWith(">") || (i > 0 && lines[i - 1].startsWith(">"))) {
                    continue;
                }
                int end = i;
                while (end + 1 < lines.length && lines[end + 1].startsWith(">")) {
                    end++;
                }
                String quote = GuidelineExample.blockquoteAbove(lines, end + 1);
                Optional<String> doc = ARTICLES.entrySet().stream()
                        .filter(a -> a.getValue().text().contains(quote))
                        .map(Map.Entry::getKey)
                        .findFirst();
                if (doc.isPresent() && !blockFollows(lines, end + 1, doc.get())) {
                    missing.add("guidelines/" + file + ":" + (i + 1) + ": a passage of " + doc.get() + " with no "
                            + GuidelineExample.FENCE + " block after it");
                }
                i = end;
            }
        });
        assertThat(missing).isEmpty();
    }

    /**
     * entities.md, Coreference: a coref link goes to an earlier mention with the same label, and to the nearest
     * one of its chain, so that following the links from the last mention visits every mention in text order.
     */
    @Test
    void goldChainsLinkTheNearestEarlierMentionOfTheirEntity() {
        List<String> wrong = new ArrayList<>();
        GOLD.forEach((doc, gold) -> {
            Map<String, List<Annotation>> chains = new HashMap<>();
            for (Annotation a : gold.inLayer("ENTITY")) {
                chains.computeIfAbsent(root(gold, a).id(), k -> new ArrayList<>())
                        .add(a);
            }
            for (List<Annotation> chain : chains.values()) {
                chain.sort(AnnotationSet.FILE_ORDER);
                for (int i = 0; i < chain.size(); i++) {
                    Annotation a = chain.get(i);
                    List<String> coref = a.targets("coref");
                    String expected = i == 0 ? null : chain.get(i - 1).id();
                    if (!Objects.equals(coref.isEmpty() ? null : coref.get(0), expected)
                            || !a.label().equals(chain.get(0).label())) {
                        wrong.add(doc + " " + a.id() + " `" + a.text() + "` " + a.label() + " coref " + coref
                                + ", the chain's previous mention is " + expected + " ("
                                + chain.get(0).label() + ")");
                    }
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** entities.md, Nominal mentions: a nominal or pronoun mention speaks a quote or takes part in an event. */
    @Test
    void goldNominalAndPronounMentionsSpeakOrAct() {
        List<String> idle = new ArrayList<>();
        GOLD.forEach((doc, gold) -> {
            Set<String> linked = new TreeSet<>();
            gold.annotations().stream()
                    .filter(a -> !a.layer().equals("ENTITY"))
                    .forEach(a -> a.links().forEach(l -> linked.add(l.target())));
            for (Annotation a : gold.inLayer("ENTITY")) {
                String mention = a.attributes().get("mention");
                if (mention != null && (!Set.of("nominal", "pronoun").contains(mention) || !linked.contains(a.id()))) {
                    idle.add(doc + " " + a.id() + " `" + a.text() + "` mention=" + mention);
                }
            }
        });
        assertThat(idle).isEmpty();
    }

    private static Annotation root(AnnotationSet gold, Annotation a) {
        Annotation at = a;
        for (int steps = 0; !at.targets("coref").isEmpty() && steps < gold.size(); steps++) {
            at = gold.get(at.targets("coref").get(0)).orElseThrow();
        }
        return at;
    }

    private static boolean blockFollows(String[] lines, int from, String doc) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].startsWith(GuidelineExample.FENCE)) {
                return lines[i].substring(GuidelineExample.FENCE.length())
                        .trim()
                        .equals(doc);
            }
            if (lines[i].startsWith("#") || lines[i].startsWith(">")) {
                return false;
            }
        }
        return false;
    }

    private static List<String> check(GuidelineExample ex) {
        Article article = ARTICLES.get(ex.doc());
        if (article == null) {
            return List.of(where(ex, ex.line()) + "no bundled article " + ex.doc());
        }
        String text = article.text();
        int at = text.indexOf(ex.text());
        if (at < 0 || text.indexOf(ex.text(), at + 1) >= 0) {
            return List.of(where(ex, ex.line()) + "the example text occurs " + (at < 0 ? "nowhere" : "more than once")
                    + " in " + ex.doc() + ": " + ex.text());
        }
        List<String> failures = new ArrayList<>();
        for (Expectation e : ex.expectations()) {
            String prefix = where(ex, e.line()) + e.source() + "\n    ";
            try {
                failures.addAll(check(article, GOLD.get(ex.doc()), at, ex.text(), e).stream()
                        .map(f -> prefix + f)
                        .toList());
            } catch (IllegalArgumentException bad) {
                failures.add(prefix + bad.getMessage());
            }
        }
        return failures;
    }

    private static String where(GuidelineExample ex, int line) {
        return "guidelines/" + ex.file() + ":" + line + ": ";
    }

    private static List<String> check(Article article, AnnotationSet gold, int at, String exampleText, Expectation e) {
        int[] span = resolve(article, at, exampleText, e.span());
        if (e.absentLayer() != null) {
            List<Annotation> there = gold.inLayer(e.absentLayer()).stream()
                    .filter(a -> a.overlaps(span[0], span[1]))
                    .toList();
            return there.isEmpty() ? List.of() : List.of("gold has " + shown(there) + " there");
        }
        Layer layer = schema.layers().stream()
                .filter(l -> l.label(e.label()).isPresent())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layer has the label " + e.label()));
        Optional<Annotation> found = exact(gold, layer.name(), span);
        if (found.isEmpty()) {
            List<Annotation> near = gold.inLayer(layer.name()).stream()
                    .filter(a -> a.overlaps(span[0], span[1]))
                    .toList();
            return List.of("gold has no " + layer.name() + " on " + article.slice(span[0], span[1]) + " (" + span[0]
                    + "-" + span[1] + ")" + (near.isEmpty() ? "" : "; overlapping: " + shown(near)));
        }
        Annotation a = found.get();
        List<String> failures = new ArrayList<>();
        if (!a.label().equals(e.label())) {
            failures.add("gold " + a.id() + " is " + a.label() + ", not " + e.label());
        }
        Map<String, String> expected = new TreeMap<>(e.attributes());
        if (!new TreeMap<>(a.attributes()).equals(expected)) {
            failures.add("gold " + a.id() + " has attributes " + a.attributes() + ", the example " + expected);
        }
        for (LinkRole role : layer.roles()) {
            List<SpanRef> targets = e.links().get(role.name());
            Set<String> goldTargets = new TreeSet<>(a.targets(role.name()));
            if (targets != null) {
                Set<String> want = new TreeSet<>();
                for (SpanRef t : targets) {
                    int[] ts = resolve(article, at, exampleText, t);
                    Optional<Annotation> target = exact(gold, role.targetLayer(), ts);
                    if (target.isEmpty()) {
                        failures.add(role.name() + " " + t.shown() + ": gold has no " + role.targetLayer() + " on "
                                + article.slice(ts[0], ts[1]) + " (" + ts[0] + "-" + ts[1] + ")");
                    } else {
                        want.add(target.get().id());
                    }
                }
                if (!want.equals(goldTargets)) {
                    failures.add("gold " + a.id() + " " + role.name() + " -> " + named(gold, goldTargets)
                            + ", the example -> " + named(gold, want));
                }
            } else if ((e.denied().contains(role.name()) || !layer.name().equals("ENTITY")) && !goldTargets.isEmpty()) {
                failures.add("gold " + a.id() + " " + role.name() + " -> " + named(gold, goldTargets)
                        + ", which the example does not have");
            }
        }
        Set<String> unknown = new TreeSet<>(e.links().keySet());
        layer.roles().forEach(r -> unknown.remove(r.name()));
        if (!unknown.isEmpty()) {
            failures.add(layer.name() + " has no role " + unknown);
        }
        return failures;
    }

    /** The code point offsets of a span reference, within the example text or (^) before it. */
    private static int[] resolve(Article article, int at, String exampleText, SpanRef ref) {
        String text = article.text();
        List<Integer> hits = ref.before()
                ? occurrences(text, ref.from(), 0, at)
                : occurrences(text, ref.from(), at, at + exampleText.length());
        if (ref.before()) {
            Collections.reverse(hits);
        }
        if (hits.size() < ref.occurrence()) {
            throw new IllegalArgumentException(
                    ref.shown() + " is not in the " + (ref.before() ? "article before the " : "") + "example text");
        }
        int start = hits.get(ref.occurrence() - 1);
        int end = start + ref.from().length();
        if (ref.to() != null) {
            List<Integer> to = occurrences(text, ref.to(), start, text.length());
            if (to.isEmpty()) {
                throw new IllegalArgumentException(ref.shown() + ": `" + ref.to() + "` does not follow");
            }
            end = to.get(0) + ref.to().length();
        }
        return new int[] {article.codePointOffset(start), article.codePointOffset(end)};
    }

    /** Where a fragment occurs between two char offsets, as a whole word when it starts or ends with one. */
    private static List<Integer> occurrences(String text, String fragment, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = text.indexOf(fragment, from);
                i >= 0 && i + fragment.length() <= to;
                i = text.indexOf(fragment, i + 1)) {
            boolean startOk = !Character.isLetterOrDigit(fragment.charAt(0))
                    || i == 0
                    || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + fragment.length();
            boolean endOk = !Character.isLetterOrDigit(fragment.charAt(fragment.length() - 1))
                    || end == text.length()
                    || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                out.add(i);
            }
        }
        return out;
    }

    private static Optional<Annotation> exact(AnnotationSet gold, String layer, int[] span) {
        return gold.inLayer(layer).stream()
                .filter(a -> a.start() == span[0] && a.end() == span[1])
                .findFirst();
    }

    private static String named(AnnotationSet gold, Set<String> ids) {
        return ids.stream()
                .map(id -> gold.get(id)
                        .map(t -> id + " `" + t.text() + "`@" + t.start())
                        .orElse(id))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String shown(List<Annotation> as) {
        return as.stream()
                .map(a -> a.id() + " " + a.label() + " `" + a.text() + "`@" + a.start())
                .collect(Collectors.joining(", "));
    }
}
