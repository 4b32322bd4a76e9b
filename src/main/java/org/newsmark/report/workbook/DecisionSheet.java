package org.newsmark.report.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.newsmark.agreement.span.SpanAlignment;
import org.newsmark.io.PoiLimits;
import org.newsmark.model.Shown;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads back what adjudication needs from an agreement workbook, streaming (the Tokens sheets are
 * never loaded): the rows where all agree from the Spans sheets, every row of the Disagreements
 * sheets with its decision, and the documents and annotators from the hidden Lists sheet.
 */
public final class DecisionSheet {
    /** One row of Spans or Disagreements as the sheet has it now; {@code row} is the 1-based sheet row. */
    public record SheetRow(
            String sheet,
            int row,
            String doc,
            String layer,
            String start,
            String end,
            Map<String, String> spans,
            String status,
            String decision) {
        public SheetRow {
            spans = Collections.unmodifiableMap(new LinkedHashMap<>(spans));
        }

        /** Where a message about this row points: {@code Disagreements!12}. */
        public String where() {
            return sheet + "!" + row;
        }
    }

    /**
     * What the workbook holds for adjudication; {@code strayRows} are rows with a value but no
     * document, layer or offsets (not rows newsmark wrote), as {@code Sheet!row}, the first
     * {@link #STRAY_SHOWN} of {@code strayCount}.
     */
    public record Contents(
            List<String> annotators,
            List<String> docs,
            List<SheetRow> agreeing,
            List<SheetRow> decisions,
            List<String> strayRows,
            long strayCount) {
        public Contents {
            annotators = List.copyOf(annotators);
            docs = List.copyOf(docs);
            agreeing = List.copyOf(agreeing);
            decisions = List.copyOf(decisions);
            strayRows = List.copyOf(strayRows);
        }
    }

    /** The workbook is not an agreement workbook of Newsmark, or it cannot be read. */
    public static final class UnreadableException extends IOException {
        UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Characters a cell may hold: newsmark writes short cells, and a decision is a word or two. */
    public static final int MAX_CELL = 10_000;
    /**
     * Rows of Spans and Disagreements read, together: the workbook of 1,000 articles × 3
     * annotators × 150 annotations has about 200,000; ten times as many articles stay under it.
     */
    public static final int MAX_ROWS = 2_000_000;
    /** Excel's rows per sheet: a sheet part that claims more was not written by a spreadsheet. */
    static final int EXCEL_ROWS = 1_048_576;
    /** Stray rows listed by name; the others are counted. */
    static final int STRAY_SHOWN = 20;

    private DecisionSheet() {}

    /**
     * Reads the decisions of a workbook, with POI's zip guards set for a workbook (large, very
     * compressible sheets) rather than whatever another reader left.
     */
    public static Contents read(Path file) throws IOException {
        return PoiLimits.<Contents, IOException>with(0.001, 0xFFFFFFFFL, 1L << 30, () -> readGuarded(file));
    }

    /**
     * Streams the sheets that matter, row by row, keeping only what adjudication uses; a cell
     * longer than {@link #MAX_CELL}, more than {@link #MAX_ROWS} rows, or a sheet of more rows
     * than Excel allows is refused as soon as it is met, naming where, never echoing the cell.
     */
    private static Contents readGuarded(Path file) throws IOException {
        String shown = Shown.escape(file.toString());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = CappedSharedStrings.read(pkg);
            var styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            Collected collected = new Collected();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    boolean spans = isPart(name, AgreementWorkbook.SPANS);
                    boolean dis = isPart(name, AgreementWorkbook.DISAGREEMENTS);
                    boolean lists = name.equals(AgreementWorkbook.LISTS);
                    if (!spans && !dis && !lists) {
                        continue;
                    }
                    Rows rows = new Rows(
                            name, lists ? Rows.Kind.LISTS : dis ? Rows.Kind.DECISIONS : Rows.Kind.SPANS, collected);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new CellCap(
                            name, new XSSFSheetXMLHandler(styles, null, strings, rows, new DataFormatter(), false)));
                    xml.parse(new InputSource(in));
                    rows.finish();
                }
            }
            if (collected.annotators == null || collected.docs == null || !collected.sawDisagreements) {
                throw new UnreadableException(
                        shown + " is not an agreement workbook of newsmark (no "
                                + (collected.annotators == null
                                        ? AgreementWorkbook.LISTS
                                        : AgreementWorkbook.DISAGREEMENTS)
                                + " sheet)",
                        null);
            }
            return new Contents(
                    collected.annotators,
                    collected.docs,
                    collected.agreeing,
                    collected.decisions,
                    collected.stray,
                    collected.strayCount);
        } catch (Refused e) {
            throw new UnreadableException(shown + ": " + e.getMessage(), null);
        } catch (SAXException e) {
            if (e.getCause() instanceof Refused r) {
                throw new UnreadableException(shown + ": " + r.getMessage(), null);
            }
            throw unreadable(shown, e);
        } catch (UnreadableException e) {
            throw e;
        } catch (OpenXML4JException | ParserConfigurationException | IOException | RuntimeException e) {
            // A damaged package fails deep inside POI with assorted exceptions (a broken zip stream,
            // malformed XML in any part): all of them mean the workbook cannot be read.
            throw unreadable(shown, e);
        }
    }

    private static UnreadableException unreadable(String shown, Exception e) {
        return new UnreadableException(
                "cannot read " + shown + ": " + Shown.line(String.valueOf(e.getMessage()), 300), e);
    }

    /** A limit was passed: the reading stops at once with this message. */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** What the sheets gave so far. */
    private static final class Collected {
        List<String> annotators;
        List<String> docs;
        final List<SheetRow> agreeing = new ArrayList<>();
        final List<SheetRow> decisions = new ArrayList<>();
        final List<String> stray = new ArrayList<>();
        long strayCount;
        boolean sawDisagreements;

        long seen;

        /** Counts a row of Spans or Disagreements, and stops past {@link #MAX_ROWS}. */
        void count() {
            if (++seen > MAX_ROWS) {
                throw new Refused("more than " + MAX_ROWS + " rows in Spans and Disagreements together; adjudicate"
                        + " a workbook of fewer articles (newsmark export --docs)");
            }
        }

        void keep(SheetRow row, boolean decision) {
            (decision ? decisions : agreeing).add(row);
        }
    }

    /**
     * Counts the characters of each cell as the parser hands them over and stops at the first
     * cell past {@link #MAX_CELL}, before POI has gathered it whole.
     */
    private static final class CellCap extends DefaultHandler {
        private final String sheet;
        private final DefaultHandler inner;
        private String cell = "";
        private long chars;

        CellCap(String sheet, DefaultHandler inner) {
            this.sheet = sheet;
            this.inner = inner;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("c".equals(localName.isEmpty() ? qName : localName)) {
                String r = atts.getValue("r");
                cell = r == null ? "" : r;
                chars = 0;
            }
            inner.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            inner.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            chars += length;
            if (chars > MAX_CELL) {
                throw new Refused(
                        where(sheet, cell) + ": a cell holds more than " + MAX_CELL + " characters; newsmark's"
                                + " cells are short (a decision is accept NAME, reject or a label), so this one is refused unread");
            }
            inner.characters(ch, start, length);
        }
    }

    /** "Disagreements!12 (cell N12)" for a cell reference. */
    private static String where(String sheet, String cell) {
        String row = cell.replaceAll("^[A-Z]+", "");
        return sheet + "!" + (row.isEmpty() ? "?" : row) + (cell.isEmpty() ? "" : " (cell " + cell + ")");
    }

    private static boolean isPart(String sheet, String name) {
        return sheet.equals(name) || sheet.matches(Pattern.quote(name) + " \\d+");
    }

    /**
     * The rows of one sheet as they stream past: the header row says where the columns are, each
     * later row is turned into what adjudication needs and the rest of it dropped.
     */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        enum Kind {
            LISTS,
            SPANS,
            DECISIONS
        }

        private final String sheet;
        private final Kind kind;
        private final Collected collected;
        private final Map<Integer, String> cells = new HashMap<>();
        private Map<String, Integer> header;
        private final Map<String, Integer> spanColumns = new LinkedHashMap<>();
        private final List<String> docs = new ArrayList<>();
        private final List<String> annotators = new ArrayList<>();
        private int row;

        Rows(String sheet, Kind kind, Collected collected) {
            this.sheet = sheet;
            this.kind = kind;
            this.collected = collected;
            collected.sawDisagreements |= kind == Kind.DECISIONS;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= EXCEL_ROWS) {
                throw new Refused(sheet + " has more than " + EXCEL_ROWS + " rows, more than a spreadsheet holds");
            }
            row = rowNum;
            cells.clear();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (ref == null || value == null) {
                return;
            }
            if (value.length() > MAX_CELL) {
                throw new Refused(where(sheet, ref) + ": a cell holds more than " + MAX_CELL + " characters");
            }
            int column = new CellReference(ref).getCol();
            // Only the header row and the columns adjudication reads are kept.
            if (header == null || header.containsValue(column)) {
                cells.put(column, value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                if (rowNum == 0) {
                    header(cells);
                }
                return;
            }
            if (kind == Kind.LISTS) {
                add(docs, "documents");
                add(annotators, "annotators");
                return;
            }
            if (cells.values().stream().allMatch(String::isBlank)) {
                return;
            }
            collected.count();
            Map<String, String> spans = new LinkedHashMap<>();
            spanColumns.forEach(
                    (name, c) -> spans.put(name, cells.getOrDefault(c, "").trim()));
            String doc = get("document");
            String layer = get("layer");
            if (doc.isEmpty()
                    && layer.isEmpty()
                    && get("start").isEmpty()
                    && get("end").isEmpty()
                    && spans.values().stream().allMatch(String::isEmpty)) {
                if (collected.stray.size() < STRAY_SHOWN) {
                    collected.stray.add(sheet + "!" + (rowNum + 1));
                }
                collected.strayCount++;
                return;
            }
            String status = get(AgreementWorkbook.STATUS);
            if (kind == Kind.SPANS && !status.equals(SpanAlignment.AGREE)) {
                return;
            }
            collected.keep(
                    new SheetRow(
                            sheet,
                            rowNum + 1,
                            doc,
                            layer,
                            get("start"),
                            get("end"),
                            spans,
                            status,
                            get(AgreementWorkbook.DECISION)),
                    kind == Kind.DECISIONS);
        }

        private void header(Map<Integer, String> first) {
            header = new HashMap<>();
            first.forEach((c, v) -> header.putIfAbsent(v.trim(), c));
            if (kind == Kind.LISTS) {
                return;
            }
            for (String need : List.of("document", "layer", "start", "end", AgreementWorkbook.STATUS)) {
                if (!header.containsKey(need)) {
                    throw new Refused("sheet " + sheet + " has no column " + need);
                }
            }
            first.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                if (e.getValue().endsWith(AgreementWorkbook.SPAN_SUFFIX)) {
                    String name =
                            e.getValue().substring(0, e.getValue().length() - AgreementWorkbook.SPAN_SUFFIX.length());
                    spanColumns.put(name, e.getKey());
                }
            });
        }

        private String get(String name) {
            Integer c = header.get(name);
            return c == null ? "" : cells.getOrDefault(c, "").trim();
        }

        private void add(List<String> to, String column) {
            String v = get(column);
            if (!v.isBlank()) {
                if (to.size() >= MAX_ROWS) {
                    throw new Refused("sheet " + sheet + " lists more than " + MAX_ROWS + " " + column);
                }
                to.add(v);
            }
        }

        /** At the end of the sheet: the Lists sheet's columns become the workbook's documents and annotators. */
        void finish() {
            if (kind != Kind.LISTS && header == null) {
                throw new Refused("sheet " + sheet + " has no header row (no column document)");
            }
            if (kind == Kind.LISTS) {
                collected.docs = header == null || !header.containsKey("documents") ? List.of() : docs;
                collected.annotators = header == null || !header.containsKey("annotators") ? List.of() : annotators;
            }
        }
    }
}
