package org.mentorflow.certificates;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One PDF page, drawn in the few ways a certificate needs. A character the font lacks is printed as "?"
 * (PDFBox would throw), so an unusual name never stops a certificate.
 */
final class PdfCanvas implements Closeable {

    record Style(PDFont font, float size, Color colour) {
    }

    private final PDPageContentStream content;
    private final PDRectangle box;

    PdfCanvas(PDDocument document, PDPage page) throws IOException {
        this.content = new PDPageContentStream(document, page);
        this.box = page.getMediaBox();
    }

    float width() {
        return box.getWidth();
    }

    float height() {
        return box.getHeight();
    }

    /** The text centred on x, its baseline at y; the type shrinks until it fits maxWidth. */
    void centred(String text, Style style, float x, float y, float maxWidth) throws IOException {
        String printable = printable(text, style.font());
        float size = style.size();
        float width = style.font().getStringWidth(printable) / 1000 * size;
        if (width > maxWidth) {
            size = size * maxWidth / width;
            width = maxWidth;
        }
        content.beginText();
        content.setFont(style.font(), size);
        content.setNonStrokingColor(style.colour());
        content.newLineAtOffset(x - width / 2, y);
        content.showText(printable);
        content.endText();
    }

    void line(float fromX, float toX, float y, float lineWidth, Color colour) throws IOException {
        content.setStrokingColor(colour);
        content.setLineWidth(lineWidth);
        content.moveTo(fromX, y);
        content.lineTo(toX, y);
        content.stroke();
    }

    /** A rectangle inset from every edge of the page. */
    void frame(float inset, float lineWidth, Color colour) throws IOException {
        content.setStrokingColor(colour);
        content.setLineWidth(lineWidth);
        content.addRect(inset, inset, width() - 2 * inset, height() - 2 * inset);
        content.stroke();
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    private static String printable(String text, PDFont font) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = Character.isISOControl(codePoint) ? " " : Character.toString(codePoint);
            printable.append(canShow(font, character) ? character : "?");
        });
        return printable.toString();
    }

    private static boolean canShow(PDFont font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
