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
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.newsmark.io.PoiLimits;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads back what adjudication needs from an agreement workbook, streaming (the Tokens sheets are
 * never loaded): the rows where all agree from the Spans sheets, every row of the Disagreements
 * sheets with its decision, and the documents and annotators from the hidden Lists sheet.
 */
public final class DecisionSheet {
    /** One row of Spans or Disagreements as the sheet has it now; {@code row} is the 1-based sheet row. */
    public record SheetRow(String sheet, int row, String doc, String layer, String start, String end,
                           Map<String, String> spans, String status, String decision) {
        public SheetRow {
            spans = Collections.unmodifiableMap(new LinkedHashMap<>(spans));
        }

        /** Where a message about this row points: {@code Disagreements!12}. */
        public String where() {
            return sheet + "!" + row;
        }
    }

    /** What the workbook holds for adjudication. */
    public record Contents(List<String> annotators, List<String> docs, List<SheetRow> agreeing,
                           List<SheetRow> decisions) {
        public Contents {
            annotators = List.copyOf(annotators);
            docs = List.copyOf(docs);
            agreeing = List.copyOf(agreeing);
            decisions = List.copyOf(decisions);
        }
    }

    /** The workbook is not an agreement workbook of Newsmark, or it cannot be read. */
    public static final class UnreadableException extends IOException {
        UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private DecisionSheet() {
    }

    /**
     * Reads the decisions of a workbook, with POI's zip guards set for a workbook (large, very
     * compressible sheets) rather than whatever another reader left.
     */
    public static Contents read(Path file) throws IOException {
        return PoiLimits.<Contents, IOException>with(0.001, 0xFFFFFFFFL, 1L << 30, () -> readGuarded(file));
    }

    private static Contents readGuarded(Path file) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            var styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            List<String> annotators = null;
            List<String> docs = null;
            List<SheetRow> agreeing = new ArrayList<>();
            List<SheetRow> decisions = new ArrayList<>();
            boolean sawDisagreements = false;
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    boolean spans = isPart(name, AgreementWorkbook.SPANS);
                    boolean dis = isPart(name, AgreementWorkbook.DISAGREEMENTS);
                    boolean lists = name.equals(AgreementWorkbook.LISTS);
                    if (!spans && !dis && !lists) {
                        continue;
                    }
                    Grid grid = new Grid();
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, grid, new DataFormatter(), false));
                    xml.parse(new InputSource(in));
                    if (lists) {
                        docs = grid.column("documents");
                        annotators = grid.column("annotators");
                    } else {
                        sawDisagreements |= dis;
                        for (SheetRow r : grid.spanRows(name)) {
                            if (dis) {
                                decisions.add(r);
                            } else if (r.status().equals("agree")) {
                                agreeing.add(r);
                            }
                        }
                    }
                }
            }
            if (annotators == null || docs == null || !sawDisagreements) {
                throw new UnreadableException(file + " is not an agreement workbook of newsmark (no "
                        + (annotators == null ? AgreementWorkbook.LISTS : AgreementWorkbook.DISAGREEMENTS) + " sheet)", null);
            }
            return new Contents(annotators, docs, agreeing, decisions);
        } catch (UnreadableException e) {
            throw e;
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException | RuntimeException e) {
            // A damaged package fails deep inside POI with assorted exceptions (a broken zip stream,
            // malformed XML in any part): all of them mean the workbook cannot be read.
            throw new UnreadableException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isPart(String sheet, String name) {
        return sheet.equals(name) || sheet.matches(Pattern.quote(name) + " \\d+");
    }

    /** The cells of a sheet as text, row by row. */
    private static final class Grid implements XSSFSheetXMLHandler.SheetContentsHandler {
        final Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
        Map<Integer, String> current;

        @Override
        public void startRow(int rowNum) {
            current = new HashMap<>();
            rows.put(rowNum, current);
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (ref != null && value != null) {
                current.put((int) new CellReference(ref).getCol(), value);
            }
        }

        Map<String, Integer> header() {
            Map<String, Integer> out = new HashMap<>();
            rows.getOrDefault(0, Map.of()).forEach((c, v) -> out.putIfAbsent(v.trim(), c));
            return out;
        }

        List<String> column(String name) {
            Integer c = header().get(name);
            List<String> out = new ArrayList<>();
            if (c == null) {
                return out;
            }
            rows.forEach((r, cells) -> {
                String v = cells.get(c);
                if (r > 0 && v != null && !v.isBlank()) {
                    out.add(v.trim());
                }
            });
            return out;
        }

        List<SheetRow> spanRows(String sheet) throws UnreadableException {
            Map<String, Integer> h = header();
            for (String need : List.of("document", "layer", "start", "end", AgreementWorkbook.STATUS)) {
                if (!h.containsKey(need)) {
                    throw new UnreadableException("sheet " + sheet + " has no column " + need, null);
                }
            }
            Map<String, Integer> spanColumns = new LinkedHashMap<>();
            rows.getOrDefault(0, Map.of()).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                if (e.getValue().endsWith(AgreementWorkbook.SPAN_SUFFIX)) {
                    String name = e.getValue().substring(0, e.getValue().length() - AgreementWorkbook.SPAN_SUFFIX.length());
                    spanColumns.put(name, e.getKey());
                }
            });
            Integer decision = h.get(AgreementWorkbook.DECISION);
            List<SheetRow> out = new ArrayList<>();
            for (Map.Entry<Integer, Map<Integer, String>> e : rows.entrySet()) {
                Map<Integer, String> cells = e.getValue();
                if (e.getKey() == 0 || cells.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                Map<String, String> spans = new LinkedHashMap<>();
                spanColumns.forEach((name, c) -> spans.put(name, cells.getOrDefault(c, "").trim()));
                out.add(new SheetRow(sheet, e.getKey() + 1, get(cells, h, "document"), get(cells, h, "layer"),
                        get(cells, h, "start"), get(cells, h, "end"), spans, get(cells, h, AgreementWorkbook.STATUS),
                        decision == null ? "" : cells.getOrDefault(decision, "").trim()));
            }
            return out;
        }

        private static String get(Map<Integer, String> cells, Map<String, Integer> header, String name) {
            return cells.getOrDefault(header.get(name), "").trim();
        }
    }
}
