package org.newsmark.report.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.newsmark.model.Label;
import org.newsmark.model.Layer;

/**
 * The cell styles of the agreement workbook, made once per workbook (Excel allows about 64,000).
 * They are created in a fixed order, so that every export numbers them alike.
 */
final class Styles {
    final CellStyle plain;
    final CellStyle indent;
    final CellStyle header;
    final CellStyle title;
    final CellStyle bold;
    final CellStyle wrap;
    final CellStyle top;
    final CellStyle agree;
    final CellStyle differ;
    final CellStyle decision;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle diagonal;
    private final Map<String, CellStyle> labels = new HashMap<>();
    private final Map<String, CellStyle> bands = new HashMap<>();
    private final SXSSFWorkbook wb;

    Styles(SXSSFWorkbook wb, List<Layer> layers) {
        this.wb = wb;
        plain = wb.getCellStyleAt(0);
        indent = wb.createCellStyle();
        indent.setIndention((short) 1);
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        header = fill(0xD9E1F2);
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setBorderBottom(BorderStyle.THIN);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 12);
        title = wb.createCellStyle();
        title.setFont(big);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        top = wb.createCellStyle();
        top.setVerticalAlignment(VerticalAlignment.TOP);
        agree = fill(0xC6EFCE);
        differ = fill(0xFFEB9C);
        decision = fill(0xFFF2CC);
        decision.setBorderBottom(BorderStyle.HAIR);
        integer = wb.createCellStyle();
        integer.setDataFormat(wb.createDataFormat().getFormat("0"));
        decimal = wb.createCellStyle();
        decimal.setDataFormat(wb.createDataFormat().getFormat("0.000"));
        diagonal = fill(0xC6EFCE);
        labelStyles(layers);
        bandStyles();
    }

    /** One fill per label in the label's colour, with white text on dark colours. */
    private void labelStyles(List<Layer> layers) {
        for (Layer layer : layers) {
            for (Label label : layer.labels()) {
                CellStyle s = fill(label.rgb());
                s.setVerticalAlignment(VerticalAlignment.TOP);
                if (dark(label.rgb())) {
                    XSSFFont white = (XSSFFont) wb.createFont();
                    white.setColor(new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}, null));
                    s.setFont(white);
                }
                labels.put(layer.name() + "\0" + label.name(), s);
            }
        }
    }

    /** The fills of the agreement bands (Landis and Koch's and Krippendorff's), as numbers with three decimals. */
    private void bandStyles() {
        int[] bandColours = {0xF8CBAD, 0xFCE4D6, 0xFFF2CC, 0xFFEB9C, 0xE2EFDA, 0xC6EFCE};
        String[] names = {"poor", "slight", "fair", "moderate", "substantial", "almost perfect"};
        for (int i = 0; i < names.length; i++) {
            bands.put(names[i], fill(bandColours[i]));
        }
        bands.put("unreliable", fill(0xF8CBAD));
        bands.put("tentative", fill(0xFFEB9C));
        bands.put("reliable", fill(0xC6EFCE));
        // In the map's order, as before: each call registers the format once and returns the same index.
        for (CellStyle s : bands.values()) {
            s.setDataFormat(wb.createDataFormat().getFormat("0.000"));
        }
    }

    private static boolean dark(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return 0.299 * r + 0.587 * g + 0.114 * b < 140;
    }

    private CellStyle fill(int rgb) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    CellStyle label(String layer, String label) {
        return labels.get(layer + "\0" + label);
    }

    CellStyle band(String band) {
        return bands.getOrDefault(band, decimal);
    }
}
