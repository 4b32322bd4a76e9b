package org.newsmark.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.newsmark.agreement.AgreementOptions;
import org.newsmark.agreement.AnnotatedCorpus;
import org.newsmark.agreement.corpus.AgreementCalculator;
import org.newsmark.agreement.corpus.AgreementReport;
import org.newsmark.io.OutputFile;
import org.newsmark.io.ProjectFolder;
import org.newsmark.model.Problem;
import org.newsmark.report.FlatAnnotationCsv;
import org.newsmark.report.workbook.AgreementWorkbook;

/**
 * The spreadsheet use cases shared by the command line and the annotator: the agreement workbook
 * (with progress and cancel), the flat CSV of all annotations, and adjudication from the
 * decisions filled into the workbook ({@link Adjudicator}).
 */
public final class WorkbookService {
    /** The files of the request have problems, so nothing was written; or what was written. */
    public record Export(Optional<AgreementWorkbook.Written> written, List<Problem> problems) {
        public Export {
            problems = List.copyOf(problems);
        }
    }

    private final ProjectFolder project;
    private int maxRows = AgreementWorkbook.EXCEL_MAX_ROWS;

    public WorkbookService(ProjectFolder project) {
        this.project = project;
    }

    /** The same service with another row limit per sheet (tests force a split with it). */
    public WorkbookService withMaxRows(int rows) {
        WorkbookService s = new WorkbookService(project);
        s.maxRows = rows;
        return s;
    }

    /** As {@link #export(AgreementService.Request, OutputFile, ProgressListener)}, to a file. */
    public Export export(AgreementService.Request request, Path file, ProgressListener listener) throws IOException {
        return export(request, OutputFile.of(file), listener);
    }

    /**
     * Writes the agreement workbook of the chosen annotators, articles and layers to {@code file}
     * ({@link OutputFile}: a regular file atomically, so a cancelled or failed export leaves no
     * partial file under the name; a FIFO or device written into). An output on the project's own
     * data is refused before anything is read. Call it off the event thread.
     *
     * @throws AgreementService.BadRequestException when the request names what the project does not have
     * @throws CancellationException                when the listener returned false
     * @throws IOException                          when a file cannot be read or written
     */
    public Export export(AgreementService.Request request, OutputFile file, ProgressListener listener)
            throws IOException {
        OutputFile out = file.outsideOf(project.paths());
        out.check();
        AgreementService agreement = new AgreementService(project);
        AgreementService.Loading loading = agreement.load(request);
        if (loading.corpus().isEmpty()) {
            return new Export(Optional.empty(), loading.problems());
        }
        check(listener, 0.05);
        AnnotatedCorpus corpus = loading.corpus().get();
        AgreementReport report = AgreementCalculator.calculate(corpus, new AgreementOptions(request.layers(), false));
        check(listener, 0.2);
        return new Export(Optional.of(write(corpus, report, out, listener)), List.of());
    }

    /**
     * What {@code agree [--xlsx FILE]} does: loads and checks the project once, measures as the
     * request asks and, when a workbook file is given, also writes the workbook of the corpus values
     * (as {@link #export} writes it, also when the request asks for per-article values).
     */
    public AgreementService.Result agree(
            AgreementService.Request request, Optional<Path> workbook, ProgressListener listener) throws IOException {
        return agreeInto(request, workbook.map(OutputFile::of), listener);
    }

    /** As {@link #agree}, with the workbook's output given as an {@link OutputFile}. */
    public AgreementService.Result agreeInto(
            AgreementService.Request request, Optional<OutputFile> workbook, ProgressListener listener)
            throws IOException {
        Optional<OutputFile> out = workbook.map(w -> w.outsideOf(project.paths()));
        if (out.isPresent()) {
            out.get().check();
        }
        AgreementService agreement = new AgreementService(project);
        AgreementService.Loading loading = agreement.load(request);
        if (loading.corpus().isEmpty()) {
            return new AgreementService.Result(Optional.empty(), loading.problems());
        }
        AnnotatedCorpus corpus = loading.corpus().get();
        AgreementReport report = agreement.measure(corpus, request);
        if (out.isPresent()) {
            AgreementReport corpusReport = request.byDoc()
                    ? agreement.measure(
                            corpus,
                            new AgreementService.Request(
                                    request.annotators(),
                                    request.docs(),
                                    request.layers(),
                                    false,
                                    request.confidence()))
                    : report;
            write(corpus, corpusReport, out.get(), listener);
        }
        return new AgreementService.Result(Optional.of(report), List.of(), loading.suggested());
    }

    /** Writes the workbook of a report already measured (what {@code agree --xlsx} does). */
    public AgreementWorkbook.Written write(
            AnnotatedCorpus corpus, AgreementReport report, Path file, ProgressListener listener) throws IOException {
        return write(corpus, report, OutputFile.of(file), listener);
    }

    private AgreementWorkbook.Written write(
            AnnotatedCorpus corpus, AgreementReport report, OutputFile file, ProgressListener listener)
            throws IOException {
        AgreementWorkbook.Options options =
                new AgreementWorkbook.Options(projectName(), LocalDate.now().toString(), maxRows);
        AgreementWorkbook.Written[] written = new AgreementWorkbook.Written[1];
        file.outsideOf(project.paths()).write(out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            written[0] = AgreementWorkbook.write(
                    corpus, report, options, buffered, fraction -> listener.progress(0.2 + 0.8 * fraction));
            buffered.flush();
        });
        return written[0];
    }

    private String projectName() {
        Path name = project.root().getFileName();
        return name == null ? project.root().toString() : name.toString();
    }

    private static void check(ProgressListener listener, double fraction) {
        if (!listener.progress(fraction)) {
            throw new CancellationException("export cancelled");
        }
    }

    /** Loads the corpus of a request, as agreement does (files with problems keep it from loading). */
    public AgreementService.Loading load(AgreementService.Request request) throws IOException {
        return new AgreementService(project).load(request);
    }

    /**
     * Writes every annotation of the chosen annotators and articles to one CSV, atomically.
     *
     * @param excelSafe prefix values that a spreadsheet would take for a formula with an apostrophe
     * @return the problems that kept it from being written (empty when written)
     */
    public List<Problem> exportCsv(AgreementService.Request request, Path file, boolean excelSafe) throws IOException {
        return exportCsv(request, OutputFile.of(file), excelSafe);
    }

    /** As {@link #exportCsv(AgreementService.Request, Path, boolean)}, to an {@link OutputFile}. */
    public List<Problem> exportCsv(AgreementService.Request request, OutputFile file, boolean excelSafe)
            throws IOException {
        OutputFile out = file.outsideOf(project.paths());
        out.check();
        AgreementService.Loading loading = load(request);
        if (loading.corpus().isEmpty()) {
            return loading.problems();
        }
        out.write(o -> {
            Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
            FlatAnnotationCsv.write(loading.corpus().get(), w, excelSafe);
            w.flush();
        });
        return List.of();
    }

    /**
     * Reads the decisions of a workbook and writes the adjudicated files of {@code out} (normally
     * {@code gold}). Nothing is written when a row cannot be applied, unless {@code partial}.
     */
    public Adjudicator.Result adjudicate(Path workbook, String out, boolean partial) throws IOException {
        return new Adjudicator(project).adjudicate(workbook, out, partial);
    }
}
