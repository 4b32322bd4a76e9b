package org.newsmark.report.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of a workbook read for adjudication, with each string kept to at most one
 * character more than a cell may hold ({@link DecisionSheet#MAX_CELL}; a longer one is then
 * refused where a cell uses it) and the whole table to {@link #MAX_CHARS} characters, so that a
 * workbook of a few megabytes cannot unpack gigabytes of text into memory. POI's own table keeps
 * every string whole.
 */
final class CappedSharedStrings implements SharedStrings {
    /** Characters kept for all shared strings together. */
    static final long MAX_CHARS = 50_000_000;

    private final List<String> strings;

    private CappedSharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static SharedStrings read(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        List<String> strings = new ArrayList<>();
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).getInputStream()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new Handler(strings));
                xml.parse(new InputSource(in));
            } catch (ParserConfigurationException e) {
                throw new IOException(e);
            }
        }
        return new CappedSharedStrings(strings);
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new XSSFRichTextString(strings.get(idx));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    /** Gathers the text of each {@code <si>} from its {@code <t>} elements, leaving out phonetic runs. */
    private static final class Handler extends DefaultHandler {
        private final List<String> strings;
        private final StringBuilder current = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;
        private long total;

        Handler(List<String> strings) {
            this.strings = strings;
        }

        private static String name(String localName, String qName) {
            return localName.isEmpty() ? qName : localName;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (name(localName, qName)) {
                case "si" -> current.setLength(0);
                case "t" -> inText = true;
                case "rPh" -> inPhonetic = true;
                default -> {}
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (name(localName, qName)) {
                case "si" -> {
                    total += current.length();
                    if (total > MAX_CHARS) {
                        throw new SAXException("the shared strings hold more than " + MAX_CHARS + " characters");
                    }
                    strings.add(current.toString());
                }
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && !inPhonetic) {
                int room = DecisionSheet.MAX_CELL + 1 - current.length();
                if (room > 0) {
                    current.append(ch, start, Math.min(room, length));
                }
            }
        }
    }
}
