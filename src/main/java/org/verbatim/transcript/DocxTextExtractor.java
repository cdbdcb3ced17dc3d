package org.verbatim.transcript;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the body text of a Word document with Apache POI: paragraphs, and the paragraphs
 * of tables and content controls, in document order, one per line. Headers, footers, comments
 * and footnotes are left out; they are not what the interviewee said. Call only after
 * {@link DocxArchiveGuard} has accepted the bytes.
 */
final class DocxTextExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(DocxTextExtractor.class);

    static {
        // Belt and braces: DocxArchiveGuard already enforces these. POI's settings are global,
        // so they are only ever made stricter than POI's defaults, never looser.
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), ReadLimits.DEFAULT.maxZipEntryBytes()));
        ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), ReadLimits.DEFAULT.maxZipEntries()));
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), 0.01));
    }

    private DocxTextExtractor() {
    }

    static String extract(byte[] bytes) throws ContentRefusedException {
        List<String> lines = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            appendText(document.getBodyElements(), lines);
        } catch (IOException | RuntimeException e) {
            // The bytes are untrusted and POI signals bad input with many runtime exception types
            // (POIXMLException, NotOfficeXmlFileException, RecordFormatException, ...).
            LOG.debug("POI could not read a .docx", e);
            throw new ContentRefusedException("not a readable Word document: " + describe(e), e);
        }
        return String.join("\n", lines);
    }

    private static void appendText(List<IBodyElement> elements, List<String> lines) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph) {
                lines.add(((XWPFParagraph) element).getText());
            } else if (element instanceof XWPFTable) {
                for (XWPFTableRow row : ((XWPFTable) element).getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        appendText(cell.getBodyElements(), lines);
                    }
                }
            } else if (element instanceof XWPFSDT) {
                lines.add(((XWPFSDT) element).getContent().getText());
            }
        }
    }

    /** POI's messages are written for programmers; the innermost one is usually the clearest. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
