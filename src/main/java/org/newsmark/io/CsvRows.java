package org.newsmark.io;

import java.io.IOException;
import java.io.StringReader;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;

/**
 * The rows of a CSV file (RFC 4180), read the same way by every reader of the project: the header,
 * then each row with the line it starts on. A blank row (one field of nothing or white space) is
 * passed over everywhere. A file that is not valid CSV is one problem with its line.
 */
public final class CsvRows implements AutoCloseable {
    /** One row and the 1-based line it starts on. */
    public record Row(int line, String[] fields) {}

    private final CSVReader reader;
    private final String shownPath;
    private final String[] header;
    private long linesRead;

    private CsvRows(String content, String shownPath) throws FormatException {
        this.reader = new CSVReaderBuilder(new StringReader(content))
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withKeepCarriageReturn(false)
                .build();
        this.shownPath = shownPath;
        this.header = readNext(1);
        this.linesRead = reader.getLinesRead();
    }

    /**
     * Starts reading; the header row is read at once.
     *
     * @throws FormatException when the first row is not valid CSV
     */
    public static CsvRows open(String content, String shownPath) throws FormatException {
        return new CsvRows(content, shownPath);
    }

    /** The first row, or null when the file is empty. */
    public String[] header() {
        return header;
    }

    /**
     * The next row that is not blank, or null at the end.
     *
     * @throws FormatException when the rest of the file is not valid CSV (an unclosed quote, a
     *                         field past OpenCSV's limits), with the line where the bad row starts
     */
    public Row next() throws FormatException {
        while (true) {
            int line = (int) linesRead + 1;
            String[] fields = readNext(line);
            linesRead = reader.getLinesRead();
            if (fields == null) {
                return null;
            }
            if (!isBlank(fields)) {
                return new Row(line, fields);
            }
        }
    }

    /** One field of nothing or white space: what an empty line, or a line of spaces, reads as. */
    public static boolean isBlank(String[] fields) {
        return fields.length == 1 && fields[0].isBlank();
    }

    private String[] readNext(int line) throws FormatException {
        try {
            return reader.readNext();
        } catch (CsvException e) {
            throw new FormatException(Problem.error(
                    shownPath, (int) Math.max(line, e.getLineNumber()), "not valid CSV: " + firstLine(e.getMessage())));
        } catch (IOException e) {
            throw new FormatException(Problem.error(
                    shownPath, line, "not valid CSV: a quoted field that starts on" + " this line is not closed"));
        }
    }

    /** OpenCSV adds the text it lost on further lines; a message stays one line. */
    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable row";
        }
        int nl = message.indexOf('\n');
        String first = (nl < 0 ? message : message.substring(0, nl)).strip();
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // A reader over a string holds nothing to release.
        }
    }
}
