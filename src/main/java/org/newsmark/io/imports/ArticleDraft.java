package org.newsmark.io.imports;

/**
 * An article read from an input file, before it has a document id: the name its id is made from
 * (a file name or a CSV id), its text (LF line ends), and how it was read, for the import report
 * ({@code UTF-8}, {@code Windows-1252}, {@code docx}, {@code row 3}...).
 */
public record ArticleDraft(String name, String text, String how) {}
