package org.newsmark.io.imports;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats of {@code newsmark import}; {@link #AUTO} chooses by file extension. */
public enum ImportFormat {
    AUTO,
    TXT,
    DOCX,
    HTML,
    CSV,
    BRAT,
    CONLL2012;

    /** The format of a file by its extension, or empty when it is not a supported article format. */
    public static Optional<ImportFormat> byExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt", "text" -> Optional.of(TXT);
            case "docx" -> Optional.of(DOCX);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "csv" -> Optional.of(CSV);
            default -> Optional.empty();
        };
    }

    /** The word used on the command line. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
