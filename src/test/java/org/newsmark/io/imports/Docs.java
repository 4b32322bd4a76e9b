package org.newsmark.io.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Word documents built in tests with POI's XWPF, and damaged or hostile variants of them. */
public final class Docs {
    private Docs() {}

    /**
     * A news article: a title property (or none), a heading, two paragraphs (one with a footnote
     * reference), an empty paragraph, a 2x2 table, a footnote.
     */
    public static byte[] article(String titleProperty) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (titleProperty != null) {
                doc.getProperties().getCoreProperties().setTitle(titleProperty);
            }
            XWPFParagraph lead = doc.createParagraph();
            lead.createRun().setText("KYIV (Reuters) – The Kremlin said on Friday that “talks” would go on.");
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Trump asks Putin to pause strikes on Kyiv");
            XWPFParagraph second = doc.createParagraph();
            second.createRun().setText("Peskov said the request was made");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("This footnote must not be imported.");
            second.addFootnoteReference(note);
            second.createRun().setText(" because of the cold. \uD83D\uDE00");
            doc.createParagraph();
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("City");
            table.getRow(0).getCell(1).setText("Strikes");
            table.getRow(1).getCell(0).setText("Kyiv");
            table.getRow(1).getCell(1).setText("12");
            doc.createParagraph().createRun().setText("Last paragraph.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The document with its main part padded by a huge, highly compressible XML comment. */
    public static byte[] zipBomb(byte[] docx, int padding) throws IOException {
        return rewrite(
                docx,
                "word/document.xml",
                xml -> xml.replace("</w:body>", "<!--" + "a".repeat(padding) + "--></w:body>"));
    }

    /** The document cut in half, as an interrupted download leaves it. */
    public static byte[] truncated(byte[] docx) {
        byte[] half = new byte[docx.length / 2];
        System.arraycopy(docx, 0, half, 0, half.length);
        return half;
    }

    interface Edit {
        String apply(String xml);
    }

    static byte[] rewrite(byte[] docx, String part, Edit edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(part)) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
