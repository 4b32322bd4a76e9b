package org.newsmark.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.newsmark.io.OutputFile;
import org.newsmark.io.ProjectFolder;
import org.newsmark.io.formats.BratExport;
import org.newsmark.io.formats.BratMapping;
import org.newsmark.io.formats.Conll2012;
import org.newsmark.io.formats.ConllExport;
import org.newsmark.io.formats.JsonlExport;
import org.newsmark.model.AnnotationSet;
import org.newsmark.model.Article;
import org.newsmark.model.EntityChains;
import org.newsmark.model.FormatException;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.model.Schema;
import org.newsmark.model.Shown;

/**
 * Writes the annotations of one annotator (or gold) as training data: CoNLL BIO
 * ({@code OUT/ANNOTATOR.conll}), JSON Lines ({@code OUT/ANNOTATOR.jsonl}), brat standoff
 * ({@code OUT/DOC.txt} and {@code OUT/DOC.ann} per article, and an {@code annotation.conf}) or
 * CoNLL-2012 coreference ({@code OUT/ANNOTATOR.coref.conll}, every article a document).
 * Only files that pass every rule are written: an annotation file with problems is reported and
 * left out, never exported half right. Articles the annotator has no file for are listed as
 * skipped.
 */
public final class ConvertService {

    /** The output formats, under the one-word ids the command line and the GUI share. */
    public enum Format {
        CONLL,
        JSONL,
        BRAT,
        CONLL2012;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Format of(String word) {
            for (Format f : values()) {
                if (f.word().equalsIgnoreCase(word)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format \"" + word + "\"; use conll, jsonl, brat or conll2012");
        }
    }

    /**
     * What was written (paths), how many articles went in, which were skipped and why, and the
     * problems that kept articles out. {@code dropped} counts spans that CoNLL's BIO could not hold.
     */
    public record Report(
            List<Path> written,
            int articles,
            List<String> skipped,
            List<Problem> problems,
            List<String> warnings,
            int dropped) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    private final ProjectFolder project;

    public ConvertService(ProjectFolder project) {
        this.project = project;
    }

    /**
     * @param docs the articles to convert; empty means all
     * @throws IllegalArgumentException for a bad annotator name, an unknown article or an output
     *         folder inside the project's data folders
     */
    public Report convert(Format format, Path out, String annotator, List<String> docs) throws IOException {
        if (!annotator.equals(Names.GOLD) && Names.annotatorProblem(annotator) != null) {
            throw new IllegalArgumentException("bad annotator name: " + Names.annotatorProblem(annotator));
        }
        Path target = out.toAbsolutePath().normalize();
        Optional<String> inside = project.paths().exportProblem(target);
        if (inside.isPresent()) {
            throw new IllegalArgumentException("the output folder " + Shown.escape(out.toString()) + " " + inside.get()
                    + "; choose a folder outside it");
        }
        List<String> all = project.articleIds();
        List<String> chosen = docs.isEmpty() ? all : docs;
        for (String d : chosen) {
            if (!all.contains(d)) {
                throw new IllegalArgumentException("no article " + d + " in " + project.root());
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        Schema schema;
        try {
            schema = project.readSchema();
        } catch (FormatException e) {
            return new Report(written, 0, skipped, e.problems(), warnings, 0);
        }
        List<Article> articles = new ArrayList<>();
        List<AnnotationSet> sets = new ArrayList<>();
        for (String doc : chosen) {
            if (!project.hasAnnotations(annotator, doc)) {
                skipped.add(doc + ": no " + project.shown(project.annotationFile(annotator, doc)));
                continue;
            }
            Optional<Article> read = AnnotationFiles.article(project, doc, problems);
            if (read.isEmpty()) {
                continue;
            }
            Article article = read.get();
            AnnotationFiles.Loaded loaded = AnnotationFiles.load(project, schema, article, annotator);
            if (!loaded.clean()) {
                problems.addAll(loaded.problems());
                skipped.add(doc + ": its annotation file has problems (run newsmark validate)");
                continue;
            }
            articles.add(article);
            sets.add(loaded.set());
        }
        Files.createDirectories(target);
        int dropped = 0;
        switch (format) {
            case JSONL -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < articles.size(); i++) {
                    b.append(JsonlExport.line(articles.get(i), sets.get(i))).append('\n');
                }
                Path file = target.resolve(annotator + ".jsonl");
                write(file, b.toString());
                written.add(file);
            }
            case CONLL -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < articles.size(); i++) {
                    ConllExport.Result r = ConllExport.document(articles.get(i), sets.get(i));
                    b.append(r.text());
                    dropped += r.dropped();
                }
                Path file = target.resolve(annotator + ".conll");
                write(file, b.toString());
                written.add(file);
            }
            case CONLL2012 -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < articles.size(); i++) {
                    Article a = articles.get(i);
                    Conll2012.Written w = Conll2012.write(a, EntityChains.of(sets.get(i)), mentionBounds(schema, a));
                    b.append(w.text());
                    dropped += w.skipped();
                }
                Path file = target.resolve(annotator + ".coref.conll");
                write(file, b.toString());
                written.add(file);
            }
            case BRAT -> {
                BratMapping mapping = BratMapping.byName(schema);
                for (int i = 0; i < articles.size(); i++) {
                    Article a = articles.get(i);
                    BratExport.Result r = BratExport.write(a, sets.get(i), mapping);
                    r.warnings().forEach(w -> warnings.add(a.id() + ": " + w));
                    Path txt = target.resolve(a.id() + ".txt");
                    Path ann = target.resolve(a.id() + ".ann");
                    write(txt, a.text());
                    write(ann, r.ann());
                    written.add(txt);
                    written.add(ann);
                }
                Path conf = target.resolve("annotation.conf");
                write(conf, BratExport.annotationConf(schema, mapping, sets));
                written.add(conf);
            }
            default -> throw new IllegalStateException(format.toString());
        }
        if (dropped > 0 && format == Format.CONLL2012) {
            warnings.add(dropped + " mention(s) cover no token (white space only) and are not in the file");
        } else if (dropped > 0) {
            warnings.add(dropped + " span(s) overlap another span of their layer and are not in the BIO tags"
                    + " (the span that starts first, or the longer one, is kept)");
        }
        return new Report(written, articles.size(), skipped, problems, warnings, dropped);
    }

    /** Writes one output file as exports are written: never onto the project's data, whatever link is on the way. */
    private void write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        OutputFile.of(file).outsideOf(project.paths()).write(o -> o.write(bytes));
    }

    /**
     * Where every annotator's (and gold's) ENTITY mentions of an article start and end: CoNLL-2012
     * files cut tokens there, so that the files of any two annotators line up token by token.
     */
    private List<Integer> mentionBounds(Schema schema, Article article) throws IOException {
        List<String> names = new ArrayList<>(project.annotators());
        names.add(Names.GOLD);
        List<Integer> bounds = new ArrayList<>();
        for (String name : names) {
            for (var m :
                    AnnotationFiles.load(project, schema, article, name).set().inLayer(EntityChains.LAYER)) {
                if (m.start() >= 0 && m.end() <= article.length()) {
                    bounds.add(m.start());
                    bounds.add(m.end());
                }
            }
        }
        return bounds;
    }
}
