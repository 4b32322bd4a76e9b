package org.newsmark.cli;

import java.util.ArrayList;
import java.util.List;

import org.newsmark.service.AgreementService;
import picocli.CommandLine.Option;

/** The options that choose annotators, articles and a layer, shared by agree and export. */
final class CorpusSelection {
    @Option(
            names = "--annotators",
            split = ",",
            paramLabel = "NAME",
            description = "Annotators, comma separated (default: every annotator folder, not gold).")
    List<String> annotators = new ArrayList<>();

    @Option(
            names = "--docs",
            split = ",",
            paramLabel = "DOC",
            description = "Articles, comma separated (default: all).")
    List<String> docs = new ArrayList<>();

    @Option(names = "--layer", paramLabel = "LAYER", description = "Only this layer (default: all).")
    String layer;

    AgreementService.Request request(boolean byDoc) {
        return new AgreementService.Request(annotators, docs, layer == null ? List.of() : List.of(layer), byDoc);
    }
}
