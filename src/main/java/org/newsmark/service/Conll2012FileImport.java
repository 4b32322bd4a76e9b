package org.newsmark.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsmark.io.AtomicFile;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.formats.BratMapping;
import org.newsmark.io.formats.Conll2012;
import org.newsmark.io.formats.Conll2012Import;
import org.newsmark.io.imports.ImportLimits;
import org.newsmark.io.imports.PlainTextImport;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;
import org.newsmark.model.FormatException;
import org.newsmark.model.Layer;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;

/**
 * The CoNLL-2012 part of {@link ImportService}: each document of a file becomes an article (or
 * lands on the existing article that holds its tokens) and one annotator's chained mentions.
 * Document ids: the last part of the document name ({@code nw/wsj/00/wsj_0001} gives
 * {@code wsj_0001}), or the file name when the header has none, with {@code -PART} when the file
 * holds several parts of one name; made safe and unique as other imports do.
 */
final class Conll2012FileImport {
    private final ProjectFolder project;
    private final BratMapping mapping;
    private final String annotator;
    private final String fallback;
    private final ImportLimits limits;

    Conll2012FileImport(
            ProjectFolder project, BratMapping mapping, String annotator, String fallback, ImportLimits limits) {
        this.project = project;
        this.mapping = mapping;
        this.annotator = annotator;
        this.fallback = fallback;
        this.limits = limits;
    }

    /**
     * The label of mentions without a type that maps: the one asked for, else the ENTITY layer's
     * first label.
     *
     * @throws IllegalArgumentException when the schema has no ENTITY layer with a {@code coref}
     *         role, or no such label
     */
    static String fallbackLabel(Schema schema, String asked) {
        Layer layer = schema.layer(EntityChains.LAYER)
                .orElseThrow(() -> new IllegalArgumentException(
                        "the schema has no " + EntityChains.LAYER + " layer for the mentions"));
        if (layer.role(EntityChains.ROLE)
                .filter(r -> r.targetLayer().equals(layer.name()))
                .isEmpty()) {
            throw new IllegalArgumentException("the schema's " + layer.name() + " layer has no role "
                    + EntityChains.ROLE + " (to " + layer.name() + ") to chain the mentions");
        }
        if (asked == null) {
            if (layer.labels().isEmpty()) {
                throw new IllegalArgumentException("the schema's " + layer.name() + " layer has no labels");
            }
            return layer.labels().get(0).name();
        }
        return layer.labels().stream()
                .map(l -> l.name())
                .filter(n -> n.equalsIgnoreCase(asked))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--label " + asked + " is not a label of "
                        + layer.name() + "; the labels are "
                        + String.join(
                                ", ", layer.labels().stream().map(l -> l.name()).toList())));
    }

    /**
     * Imports the documents of one file into the lists; {@code taken} holds the lower-case ids in
     * use and grows. A document that cannot be imported is skipped, the others are imported.
     */
    void file(
            Path file,
            byte[] bytes,
            Set<String> taken,
            List<ImportService.Imported> imported,
            List<ImportService.Skipped> skipped,
            List<Problem> problems)
            throws FormatException {
        String shown = file.toString();
        String content = PlainTextImport.decodeRaw(bytes, shown).text();
        PlainTextImport.checkNotBinary(content, shown);
        Conll2012.Parsed parsed = Conll2012.parse(content, shown);
        problems.addAll(parsed.problems());
        if (parsed.documents().isEmpty()) {
            throw new FormatException(Problem.error(
                    shown,
                    0,
                    "no document in the file; a CoNLL-2012 document"
                            + " starts with #begin document (NAME); part 000"));
        }
        Map<String, Integer> parts = new HashMap<>();
        parsed.documents().forEach(d -> parts.merge(d.name(), 1, Integer::sum));
        for (Conll2012.Document doc : parsed.documents()) {
            String name =
                    doc.name().isBlank() ? ImportService.stem(file) : doc.name().replaceAll(".*/", "");
            String base =
                    Names.makeSafe(parts.get(doc.name()) > 1 && !doc.part().isEmpty() ? name + "-" + doc.part() : name);
            try {
                imported.add(document(file, doc, base, taken, problems));
            } catch (IOException e) {
                skipped.add(new ImportService.Skipped(
                        file,
                        "document " + shownName(doc) + " (line " + doc.line() + "): cannot write: " + e.getMessage()));
            } catch (FormatException e) {
                skipped.add(new ImportService.Skipped(
                        file,
                        "document " + shownName(doc) + " (line " + doc.line() + "): "
                                + e.problems().get(0).message()));
            }
        }
    }

    private ImportService.Imported document(
            Path file, Conll2012.Document doc, String base, Set<String> taken, List<Problem> problems)
            throws IOException, FormatException {
        if (doc.text().isEmpty()) {
            throw new FormatException(Problem.error(file.toString(), doc.line(), "the document has no tokens"));
        }
        limits.checkArticle(doc.text(), file.toString(), doc.line());
        Article existing = taken.contains(lower(base)) ? existingArticle(base) : null;
        Conll2012Import.Result result =
                Conll2012Import.read(doc, base, existing, annotator, mapping, fallback, file.toString());
        String id = result.onExisting() ? base : ImportService.uniqueId(base, taken);
        if (result.onExisting() && project.hasAnnotations(annotator, id)) {
            throw new FormatException(Problem.error(
                    file.toString(),
                    doc.line(),
                    "article " + id + " already has "
                            + project.shown(project.annotationFile(annotator, id)) + "; nothing was imported for it"
                            + " (import as another annotator, or remove that file first)"));
        }
        if (!result.onExisting() && !id.equals(base)) {
            result = Conll2012Import.read(doc, id, null, annotator, mapping, fallback, file.toString());
        }
        Path article = project.articleFile(id);
        boolean created = false;
        try {
            if (!result.onExisting()) {
                AtomicFile.write(article, result.article().text());
                created = true;
            }
            project.writeAnnotations(result.set());
        } catch (IOException | RuntimeException e) {
            if (created) {
                Files.deleteIfExists(article);
            }
            throw e;
        }
        taken.add(lower(id));
        problems.addAll(result.problems());
        int mentions = result.set().size();
        String how = "CoNLL-2012 " + shownName(doc) + ", " + mentions + " mentions of " + result.entities()
                + (result.entities() == 1 ? " entity" : " entities") + " for " + annotator
                + (result.fallbackLabelled() > 0
                        ? ", " + result.fallbackLabelled() + " labelled " + fallback
                                + " (no type that maps onto a label)"
                        : "")
                + (result.onExisting() ? ", added to the existing article" : "");
        return new ImportService.Imported(file, id, result.article().length(), how);
    }

    private Article existingArticle(String id) {
        try {
            return project.readArticle(id);
        } catch (FormatException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String shownName(Conll2012.Document doc) {
        return (doc.name().isBlank() ? "(no name)" : "(" + doc.name() + ")")
                + (doc.part().isEmpty() ? "" : " part " + doc.part());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
