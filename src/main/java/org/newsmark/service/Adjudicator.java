package org.newsmark.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsmark.io.AnnotationCsv;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.ProjectTransaction;
import org.newsmark.model.Annotation;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.FormatException;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;
import org.newsmark.model.Link;
import org.newsmark.model.LinkRole;
import org.newsmark.model.Names;
import org.newsmark.model.Schema;
import org.newsmark.model.Shown;
import org.newsmark.report.workbook.AgreementWorkbook;
import org.newsmark.report.workbook.DecisionSheet;
import org.newsmark.report.workbook.DecisionSheet.SheetRow;

/**
 * Turns the decisions of an agreement workbook into adjudicated annotation files. Rows of Spans
 * where all agree are taken as they are (the first annotator's span, in column order); each row of
 * Disagreements follows its decision: {@code accept NAME} keeps NAME's span, {@code reject} keeps
 * nothing, a label of the layer keeps a span with that label, with the boundaries of the first
 * annotator (in column order) who gave that label, else of the first who marked the row. Links
 * follow the kept spans: a link survives when its source and its target are both kept (its target
 * is in a row that made it into the result), with the new ids.
 */
public final class Adjudicator {
    private static final Pattern SPAN_CELL = Pattern.compile("(\\S+) (0|[1-9][0-9]{0,9})-(0|[1-9][0-9]{0,9})");

    /** A row that cannot be applied, with the sheet row it comes from. */
    public record RowProblem(String where, String message) {
        @Override
        public String toString() {
            return where + ": " + message;
        }
    }

    /** The rows that could not be applied, the files written (none when a row failed without --partial). */
    public record Result(List<RowProblem> problems, List<String> written, int spans) {
        public Result {
            problems = List.copyOf(problems);
            written = List.copyOf(written);
        }
    }

    /** A span that goes into the result: the source annotator's span, relabelled, and the row it stands for. */
    private record Kept(String doc, String annotator, Annotation source, String label, Map<String, String> members) {}

    private final ProjectFolder project;

    public Adjudicator(ProjectFolder project) {
        this.project = project;
    }

    public Result adjudicate(Path workbook, String out, boolean partial) throws IOException {
        if (!out.equals(Names.GOLD) && Names.annotatorProblem(out) != null) {
            throw new AgreementService.BadRequestException("bad output name: " + Names.annotatorProblem(out));
        }
        DecisionSheet.Contents contents = DecisionSheet.read(workbook);
        Schema schema;
        try {
            schema = project.readSchema();
        } catch (FormatException e) {
            throw new IOException("the schema has problems: " + e.getMessage(), e);
        }
        List<RowProblem> problems = new ArrayList<>();
        for (String where : contents.strayRows()) {
            problems.add(new RowProblem(where, "a row without document, layer and offsets: not a row newsmark wrote"));
        }
        if (contents.strayCount() > contents.strayRows().size()) {
            problems.add(new RowProblem(
                    AgreementWorkbook.DISAGREEMENTS,
                    "and " + (contents.strayCount() - contents.strayRows().size())
                            + " more rows without document, layer and offsets"));
        }
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, Map<String, AnnotationSet>> sets = new HashMap<>();
        for (String doc : contents.docs()) {
            try {
                Article article = project.readArticle(doc);
                articles.put(doc, article);
                Map<String, AnnotationSet> perAnnotator = new HashMap<>();
                for (String annotator : contents.annotators()) {
                    if (Names.annotatorProblem(annotator) == null && project.hasAnnotations(annotator, doc)) {
                        AnnotationFiles.Loaded loaded = AnnotationFiles.load(project, schema, article, annotator);
                        if (loaded.hasErrors()) {
                            problems.add(new RowProblem(
                                    AgreementWorkbook.LISTS,
                                    "the file of " + annotator + " for " + doc
                                            + " has errors (run newsmark validate)"));
                        } else {
                            perAnnotator.put(annotator, loaded.set());
                        }
                    }
                }
                sets.put(doc, perAnnotator);
            } catch (FormatException | IllegalArgumentException e) {
                problems.add(new RowProblem(
                        AgreementWorkbook.LISTS, "article " + doc + " cannot be read: " + e.getMessage()));
            }
        }
        List<Kept> kept = new ArrayList<>();
        for (SheetRow row : contents.agreeing()) {
            resolve(row, "accept", schema, articles, sets, contents.annotators(), problems)
                    .ifPresent(kept::add);
        }
        for (SheetRow row : contents.decisions()) {
            resolve(row, row.decision(), schema, articles, sets, contents.annotators(), problems)
                    .ifPresent(kept::add);
        }
        if (!problems.isEmpty() && !partial) {
            return new Result(problems, List.of(), 0);
        }
        List<AnnotationSet> result = build(schema, articles, kept, out);
        try (ProjectTransaction tx = ProjectTransaction.begin(project, "adjudication")) {
            for (AnnotationSet set : result) {
                tx.put(project.annotationFile(set.annotator(), set.doc()), AnnotationCsv.format(set));
            }
            tx.commit();
        }
        return new Result(
                problems,
                result.stream().map(AnnotationSet::doc).toList(),
                result.stream().mapToInt(AnnotationSet::size).sum());
    }

    /** The span a row keeps, empty for reject or when the row cannot be applied (then a problem is added). */
    private Optional<Kept> resolve(
            SheetRow row,
            String decision,
            Schema schema,
            Map<String, Article> articles,
            Map<String, Map<String, AnnotationSet>> sets,
            List<String> annotators,
            List<RowProblem> problems) {
        Article article = articles.get(row.doc());
        if (article == null) {
            problems.add(
                    new RowProblem(row.where(), "no article " + Shown.quote(row.doc()) + " in the workbook's project"));
            return Optional.empty();
        }
        Optional<Layer> layer = schema.layer(row.layer());
        if (layer.isEmpty()) {
            problems.add(new RowProblem(row.where(), "no layer " + Shown.quote(row.layer()) + " in the schema"));
            return Optional.empty();
        }
        Map<String, Annotation> spans = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : row.spans().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Matcher m = SPAN_CELL.matcher(e.getValue());
            AnnotationSet set = sets.getOrDefault(row.doc(), Map.of()).get(e.getKey());
            Optional<Annotation> a = set == null || !m.matches() ? Optional.empty() : set.get(m.group(1));
            if (a.isEmpty()
                    || a.get().start() != Integer.parseInt(m.group(2))
                    || a.get().end() != Integer.parseInt(m.group(3))
                    || !a.get().layer().equals(row.layer())) {
                problems.add(new RowProblem(
                        row.where(),
                        "the span " + Shown.quote(e.getValue()) + " of " + e.getKey()
                                + " is not in annotators/" + e.getKey() + "/" + row.doc()
                                + ".csv (edited offsets, or the file"
                                + " changed since the export)"));
                return Optional.empty();
            }
            spans.put(e.getKey(), a.get());
        }
        if (spans.isEmpty()) {
            problems.add(new RowProblem(row.where(), "no span of any annotator in this row"));
            return Optional.empty();
        }
        int start = spans.values().stream().mapToInt(Annotation::start).min().orElseThrow();
        int end = spans.values().stream().mapToInt(Annotation::end).max().orElseThrow();
        if (!row.start().equals(Integer.toString(start)) || !row.end().equals(Integer.toString(end))) {
            problems.add(new RowProblem(
                    row.where(),
                    "edited offsets: start and end say " + Shown.line(row.start(), Shown.VALUE) + "-"
                            + Shown.line(row.end(), Shown.VALUE)
                            + ", the spans of the row cover " + start + "-" + end));
            return Optional.empty();
        }
        Map<String, String> members = new LinkedHashMap<>();
        spans.forEach((a, s) -> members.put(a, s.id()));
        String d = decision.trim();
        String lower = d.toLowerCase(Locale.ROOT);
        if (d.isEmpty()) {
            problems.add(new RowProblem(
                    row.where(), "empty decision (choose accept NAME, reject, or a label of " + row.layer() + ")"));
            return Optional.empty();
        }
        if (lower.equals(AgreementWorkbook.REJECT)) {
            return Optional.empty();
        }
        if (lower.equals("accept")) {
            Map.Entry<String, Annotation> first = spans.entrySet().iterator().next();
            return Optional.of(new Kept(
                    row.doc(),
                    first.getKey(),
                    first.getValue(),
                    first.getValue().label(),
                    members));
        }
        if (lower.startsWith(AgreementWorkbook.ACCEPT)) {
            String name = d.substring(AgreementWorkbook.ACCEPT.length()).trim();
            if (!annotators.contains(name)) {
                problems.add(new RowProblem(
                        row.where(),
                        "unknown annotator " + Shown.line(name, Shown.VALUE) + " in '" + Shown.line(d, Shown.VALUE)
                                + "' (the workbook has "
                                + String.join(", ", annotators) + ")"));
                return Optional.empty();
            }
            Annotation a = spans.get(name);
            if (a == null) {
                problems.add(new RowProblem(row.where(), name + " did not mark this span; choose another decision"));
                return Optional.empty();
            }
            return Optional.of(new Kept(row.doc(), name, a, a.label(), members));
        }
        Optional<Label> label = layer.get().labels().stream()
                .filter(l -> l.name().equalsIgnoreCase(d))
                .findFirst();
        if (label.isEmpty()) {
            problems.add(new RowProblem(
                    row.where(),
                    "unknown decision '" + Shown.line(d, Shown.VALUE) + "' (choose accept NAME, reject, or a label of "
                            + row.layer() + ")"));
            return Optional.empty();
        }
        Map.Entry<String, Annotation> source = spans.entrySet().stream()
                .filter(e -> e.getValue().label().equals(label.get().name()))
                .findFirst()
                .orElse(spans.entrySet().iterator().next());
        return Optional.of(new Kept(
                row.doc(), source.getKey(), source.getValue(), label.get().name(), members));
    }

    /** The result sets: new ids per layer in text order, links mapped through the rows that were kept. */
    private static List<AnnotationSet> build(
            Schema schema, Map<String, Article> articles, List<Kept> kept, String out) {
        Map<String, List<Kept>> byDoc = new LinkedHashMap<>();
        articles.keySet().forEach(d -> byDoc.put(d, new ArrayList<>()));
        kept.forEach(k -> byDoc.get(k.doc()).add(k));
        List<AnnotationSet> result = new ArrayList<>();
        for (Map.Entry<String, List<Kept>> e : byDoc.entrySet()) {
            List<Kept> list = e.getValue();
            list.sort(Comparator.comparingInt((Kept k) -> k.source().start())
                    .thenComparingInt(k -> k.source().end())
                    .thenComparing(k -> k.source().layer())
                    .thenComparing(Kept::label));
            Map<String, Integer> counters = new HashMap<>();
            Map<String, String> newId = new HashMap<>();
            List<String> ids = new ArrayList<>();
            for (Kept k : list) {
                Layer layer = schema.requireLayer(k.source().layer());
                String id = layer.idPrefix() + counters.merge(layer.name(), 1, Integer::sum);
                ids.add(id);
                k.members().forEach((annotator, sourceId) -> newId.putIfAbsent(annotator + "\0" + sourceId, id));
            }
            List<Annotation> annotations = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Kept k = list.get(i);
                Layer layer = schema.requireLayer(k.source().layer());
                LinkedHashSet<Link> links = new LinkedHashSet<>();
                Map<String, Integer> perRole = new HashMap<>();
                for (Link l : k.source().links()) {
                    String target = newId.get(k.annotator() + "\0" + l.target());
                    Optional<LinkRole> role = layer.role(l.role());
                    if (target == null || role.isEmpty() || target.equals(ids.get(i))) {
                        continue;
                    }
                    if (!role.get().many() && perRole.merge(l.role(), 1, Integer::sum) > 1) {
                        continue;
                    }
                    links.add(new Link(l.role(), target));
                }
                annotations.add(new Annotation(
                        ids.get(i),
                        k.source().layer(),
                        k.label(),
                        k.source().start(),
                        k.source().end(),
                        k.source().text(),
                        List.copyOf(links),
                        k.source().attributes(),
                        k.source().note()));
            }
            result.add(new AnnotationSet(e.getKey(), out, annotations));
        }
        return result;
    }
}
