package org.newsmark.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsmark.analysis.ArticleDates;
import org.newsmark.analysis.QuoteSources;
import org.newsmark.io.AtomicFile;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.AnnotatedArticle;
import org.newsmark.model.FormatException;
import org.newsmark.model.Label;
import org.newsmark.model.Names;
import org.newsmark.model.Problem;
import org.newsmark.report.workbook.QuoteSourcesWorkbook;

/** Who is quoted in one annotator's (by default gold's) work: the sources table, for both fronts. */
public final class QuotesService {
    /** The table, and the problems of the files read for it (their usable rows still count). */
    public record Result(QuoteSources.Report report, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final ProjectFolder project;

    public QuotesService(ProjectFolder project) {
        this.project = project;
    }

    /**
     * @param annotator whose quotes (empty: gold)
     * @throws AgreementService.BadRequestException for an unknown annotator, or no gold when none is named
     */
    public Result sources(Optional<String> annotator) throws IOException {
        String who = annotator.orElse(Names.GOLD);
        if (annotator.isEmpty() && !project.hasGold()) {
            throw new AgreementService.BadRequestException(
                    "the project has no gold standard; name an annotator" + " with --annotator");
        }
        List<Problem> problems = new ArrayList<>();
        List<AnnotatedArticle> corpus = new ConsistencyService(project).corpus(who, problems);
        List<String> kinds;
        try {
            kinds = project.readSchema()
                    .layer("QUOTE")
                    .map(l -> l.labels().stream().map(Label::name).toList())
                    .orElse(List.of());
        } catch (FormatException e) {
            throw new AgreementService.BadRequestException(e.getMessage());
        }
        return new Result(QuoteSources.of(corpus, kinds, a -> ArticleDates.of(a.article())), problems);
    }

    /** Writes the table as a workbook, atomically. */
    public void writeWorkbook(QuoteSources.Report report, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out);
            QuoteSourcesWorkbook.write(report, buffered);
            buffered.flush();
        });
    }
}
