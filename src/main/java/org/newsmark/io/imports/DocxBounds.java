package org.newsmark.io.imports;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.newsmark.model.FormatException;
import org.newsmark.model.Problem;

/**
 * A streaming pass over the XML parts of a .docx before POI builds a tree of them: POI's tree
 * costs several times the XML in memory (a 136 MB file took 3.6 GB and half a minute before it
 * was refused). The pass stops at the first limit passed: more text in the body than an article
 * may hold, more than {@link #MAX_ELEMENTS} elements in all, or elements nested deeper than
 * {@link #MAX_DEPTH}. DTDs and entities are never expanded here (Word writes none).
 */
final class DocxBounds {
    /** Elements in all XML parts: a 500-page report has a few hundred thousand. */
    static final long MAX_ELEMENTS = 3_000_000;
    /** Nesting depth of elements: Word's tables in tables stay far below. */
    static final int MAX_DEPTH = 1_000;

    private DocxBounds() {}

    static void check(OPCPackage pkg, ImportLimits limits, String shownPath) throws FormatException, IOException {
        PackagePart main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT).stream()
                .findFirst()
                .orElse(null);
        long elements = 0;
        try {
            for (PackagePart part : pkg.getParts()) {
                String type = part.getContentType();
                // The core properties are POI's own to read (and refuse to be read as a stream).
                if (part.isRelationshipPart()
                        || part instanceof PackagePropertiesPart
                        || !(type.endsWith("+xml") || type.endsWith("/xml"))) {
                    continue;
                }
                elements = scan(part, part == main, elements, limits, shownPath);
            }
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static long scan(PackagePart part, boolean body, long elements, ImportLimits limits, String shownPath)
            throws FormatException, IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        long text = 0;
        int depth = 0;
        boolean inText = false;
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    switch (xml.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            if (++elements > MAX_ELEMENTS) {
                                throw refused(shownPath, "more than " + MAX_ELEMENTS + " XML elements");
                            }
                            if (++depth > MAX_DEPTH) {
                                throw refused(shownPath, "elements nested deeper than " + MAX_DEPTH);
                            }
                            inText = body && xml.getLocalName().equals("t");
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            depth--;
                            inText = false;
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                            if (inText) {
                                text += xml.getTextLength();
                                // Every character is at least one byte of UTF-8.
                                if (text > limits.maxArticleBytes()) {
                                    throw refused(
                                            shownPath,
                                            "more text than the article size limit (" + limits.maxArticleBytes()
                                                    + " bytes)");
                                }
                            }
                        }
                        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> {
                            if (body) {
                                throw new FormatException(Problem.error(
                                        shownPath,
                                        0,
                                        "refused: the .docx declares"
                                                + " XML entities or a DOCTYPE, which Word never writes"));
                            }
                        }
                        default -> {}
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            if (!body) {
                return elements; // POI reads the other parts its own way and refuses what it cannot read
            }
            // A zip bomb or a broken stream shows as a parse error here; the importer tells them apart.
            throw new IOException(e.getMessage(), e);
        }
        return elements;
    }

    private static FormatException refused(String shownPath, String what) {
        return new FormatException(
                Problem.error(shownPath, 0, "refused: the .docx holds " + what + "; it was not read further"));
    }
}
