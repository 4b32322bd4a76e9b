package org.newsmark.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * POI's streaming workbook whose sheet data is compressed while it is written, on a second
 * thread ({@link FastSheetDataWriter}, {@link DeflatingSink}), and copied into the .xlsx as raw
 * deflate data: the worksheet part is the sheet's template up to {@code <sheetData>}, the data,
 * and the rest of the template, each compressed on its own and joined (deflate streams ended by a
 * sync flush can be concatenated), with the CRC-32 combined from the three. The other parts are
 * written as POI writes them, at the fastest compression level.
 */
public final class StreamingWorkbook extends SXSSFWorkbook {
    private final Map<SXSSFSheet, FastSheetDataWriter> writers = new IdentityHashMap<>();
    private FastSheetDataWriter created;
    private final Map<String, Integer> shared = new HashMap<>();

    public StreamingWorkbook(int rowWindow) {
        super(null, rowWindow, false, false);
        PoiTempFolder.ensure();
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        created = new FastSheetDataWriter(this::sharedString);
        return created;
    }

    /**
     * The index of a text in the shared strings part, added on first use. The part's count of
     * references is then the number of distinct texts: the count is a hint that Excel and
     * LibreOffice do not check.
     */
    private int sharedString(String text) {
        Integer index = shared.get(text);
        if (index == null) {
            index = getXSSFWorkbook().getSharedStringSource().addSharedStringItem(new XSSFRichTextString(text));
            shared.put(text, index);
        }
        return index;
    }

    @Override
    public SXSSFSheet createSheet(String name) {
        SXSSFSheet sheet = super.createSheet(name);
        writers.put(sheet, created);
        return sheet;
    }

    /** The writer of a sheet of this workbook, for rows written without POI's cells. */
    public FastSheetDataWriter writer(SXSSFSheet sheet) {
        return writers.get(sheet);
    }

    @Override
    public SXSSFSheet createSheet() {
        SXSSFSheet sheet = super.createSheet();
        writers.put(sheet, created);
        return sheet;
    }

    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        Map<String, SXSSFSheet> byPart = new HashMap<>();
        for (Map.Entry<SXSSFSheet, FastSheetDataWriter> e : writers.entrySet()) {
            XSSFSheet x = getXSSFWorkbook().getSheet(e.getKey().getSheetName());
            if (x != null) {
                byPart.put(x.getPackagePart().getPartName().getName().substring(1), e.getKey());
            }
        }
        // A plain zip stream (POI's own, for Zip64Mode.Always, cannot take raw entries). Zip64 records
        // are added only where a size or an offset needs them, which Excel reads.
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        // The small parts: the fastest level packs them nearly as well.
        zip.setLevel(Deflater.BEST_SPEED);
        boolean written = false;
        try {
            List<? extends ZipArchiveEntry> entries =
                    Collections.list((Enumeration<? extends ZipArchiveEntry>) source.getEntries());
            for (ZipArchiveEntry entry : entries) {
                SXSSFSheet sheet = byPart.get(entry.getName());
                try (InputStream in = source.getInputStream(entry)) {
                    if (sheet == null) {
                        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                        if (entry.getTime() >= 0) {
                            copy.setTime(entry.getTime());
                        }
                        zip.putArchiveEntry(copy);
                        in.transferTo(zip);
                        zip.closeArchiveEntry();
                    } else {
                        writeSheet(zip, entry, in.readAllBytes(), sheet);
                    }
                }
            }
            written = true;
        } finally {
            try {
                // After a failure the archive is incomplete: finishing it would only add "This archive
                // contains unclosed entries" over the real reason (a full disk).
                if (written) {
                    zip.finish();
                }
            } finally {
                source.close();
            }
        }
    }

    private void writeSheet(ZipArchiveOutputStream zip, ZipArchiveEntry entry, byte[] template, SXSSFSheet sheet)
            throws IOException {
        String xml = new String(template, StandardCharsets.UTF_8);
        FastSheetDataWriter writer = writers.get(sheet);
        int[] extent = writer.rawExtent();
        if (extent != null) {
            // POI sized the sheet from the rows it wrote; rows written directly extend it.
            xml = xml.replaceFirst(
                    "<dimension ref=\"[^\"]*\"/>",
                    "<dimension ref=\"A1:" + FastSheetDataWriter.column(extent[1]) + extent[0] + "\"/>");
        }
        String head;
        String tail;
        int empty = xml.indexOf("<sheetData/>");
        if (empty >= 0) {
            head = xml.substring(0, empty) + "<sheetData>";
            tail = "</sheetData>" + xml.substring(empty + "<sheetData/>".length());
        } else {
            int end = xml.indexOf("</sheetData>");
            if (end < 0) {
                throw new IOException("the template of sheet " + sheet.getSheetName() + " has no sheetData element");
            }
            head = xml.substring(0, end);
            tail = xml.substring(end);
        }
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        // Flushes the last rows and closes the writer, which waits for the compression to end.
        try (InputStream data = sheet.getWorksheetXMLInputStream()) {
            DeflatingSink sink = writer.sink();
            byte[] hz = deflate(h, false);
            byte[] tz = deflate(t, true);
            long crc = DeflatingSink.combine(DeflatingSink.combine(crc(h), sink.crc(), sink.size()), crc(t), t.length);
            ZipArchiveEntry raw = new ZipArchiveEntry(entry.getName());
            raw.setMethod(ZipEntry.DEFLATED);
            raw.setCrc(crc);
            raw.setSize(h.length + sink.size() + t.length);
            raw.setCompressedSize(hz.length + sink.compressedSize() + tz.length);
            if (entry.getTime() >= 0) {
                raw.setTime(entry.getTime());
            }
            zip.addRawArchiveEntry(
                    raw,
                    new SequenceInputStream(
                            new SequenceInputStream(new ByteArrayInputStream(hz), data), new ByteArrayInputStream(tz)));
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** Raw deflate of a small part: the last one ends the stream, the others end with a sync flush. */
    private static byte[] deflate(byte[] bytes, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(bytes);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
            byte[] buf = new byte[8192];
            while (true) {
                int n = deflater.deflate(buf, 0, buf.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                out.write(buf, 0, n);
                if (last ? deflater.finished() : n < buf.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }
}
