package org.mentorflow.certificates;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.mentorflow.certificates.PdfCanvas.Style;
import org.mentorflow.system.ProgrammeSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays out the certificate: A4 landscape, in the holder's language with the title in the other one too,
 * so it reads abroad. The fonts travel with the application (DejaVu Serif, embedded as subsets), so every
 * machine prints the same document, umlauts included.
 */
@Component
class CertificatePdf {

    private static final String FONTS = "/certificates/fonts/";
    private static final Color BLUE = new Color(0x1f, 0x4e, 0x79);
    private static final Color INK = new Color(0x1d, 0x27, 0x33);
    private static final Color MUTED = new Color(0x5b, 0x68, 0x75);
    private static final Color RULE = new Color(0xb8, 0xc4, 0xd0);
    private static final float MARGIN = 90;

    private final MessageSource messages;
    private final ProgrammeSettings programme;
    private final String baseUrl;

    CertificatePdf(MessageSource messages, ProgrammeSettings programme, @Value("${mentorflow.base-url}") String baseUrl) {
        this.messages = messages;
        this.programme = programme;
        this.baseUrl = baseUrl;
    }

    byte[] render(Certificate certificate) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDFont regular = font(document, "DejaVuSerif.ttf");
            PDFont bold = font(document, "DejaVuSerif-Bold.ttf");
            describe(document.getDocumentInformation(), certificate);
            try (PdfCanvas canvas = new PdfCanvas(document, page)) {
                draw(canvas, certificate, regular, bold);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate " + certificate.getVerificationCode() + " could not be rendered", e);
        }
    }

    private void draw(PdfCanvas canvas, Certificate certificate, PDFont regular, PDFont bold) throws IOException {
        Locale locale = certificate.getLocale();
        Locale other = "de".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        float centre = canvas.width() / 2;
        float width = canvas.width() - 2 * MARGIN;
        Style sentence = new Style(regular, 13, INK);

        canvas.frame(22, 1.6f, BLUE);
        canvas.frame(28, 0.5f, BLUE);

        canvas.centred(text("certificate.brand", locale).toUpperCase(locale), new Style(regular, 9.5f, MUTED), centre, 515, width);
        canvas.centred(text("certificate.title", locale), new Style(bold, 30, BLUE), centre, 466, width);
        canvas.centred(text("certificate.title", other), new Style(regular, 14, MUTED), centre, 442, width);
        canvas.line(centre - 40, centre + 40, 426, 0.8f, BLUE);

        String role = certificate.getRole();
        canvas.centred(text("certificate.intro", locale), sentence, centre, 390, width);
        canvas.centred(certificate.getHolderName(), new Style(bold, 28, INK), centre, 350, width);
        canvas.centred(text("certificate.took-part." + role, locale), sentence, centre, 318, width);
        canvas.centred(certificate.getProgrammeName(), new Style(bold, 17, BLUE), centre, 290, width);
        canvas.centred(text("certificate.partner." + role, locale, certificate.getPartnerName()), sentence, centre, 262, width);

        canvas.line(MARGIN, canvas.width() - MARGIN, 222, 0.5f, RULE);
        // the period needs the room: its columns are twice as wide as the meetings' in the middle
        record Detail(String label, String value, float share) {
        }
        List<Detail> details = List.of(
                new Detail(text("certificate.period", locale), CertificateDates.period(certificate, locale), 2),
                new Detail(text("certificate.meetings", locale), Integer.toString(certificate.getConfirmedMeetings()), 1),
                new Detail(text("certificate.issued", locale), CertificateDates.issued(certificate, locale, programme.timeZone()), 2));
        float shares = (float) details.stream().mapToDouble(Detail::share).sum();
        float left = MARGIN;
        for (Detail detail : details) {
            float column = width * detail.share() / shares;
            float x = left + column / 2;
            canvas.centred(detail.label().toUpperCase(locale), new Style(regular, 8.5f, MUTED), x, 196, column - 16);
            canvas.centred(detail.value(), new Style(regular, 12.5f, INK), x, 176, column - 16);
            left += column;
        }

        String code = certificate.getVerificationCode();
        canvas.centred(text("certificate.code", locale).toUpperCase(locale), new Style(regular, 8.5f, MUTED), centre, 116, width);
        canvas.centred(code, new Style(bold, 13, INK), centre, 98, width);
        canvas.centred(text("certificate.check-at", locale, baseUrl + "/certificates/verify?code=" + code),
                new Style(regular, 9, MUTED), centre, 80, width);
    }

    private void describe(PDDocumentInformation information, Certificate certificate) {
        information.setTitle(text("certificate.title", certificate.getLocale()) + " – " + certificate.getHolderName());
        information.setAuthor("MentorFlow");
        information.setCreator("MentorFlow");
        // the moment of issue with the programme's offset, not the server's
        information.setCreationDate(GregorianCalendar.from(certificate.getIssuedAt().atZone(programme.timeZone())));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream font = CertificatePdf.class.getResourceAsStream(FONTS + file)) {
            if (font == null) {
                throw new IOException("Font " + FONTS + file + " is missing from the classpath");
            }
            return PDType0Font.load(document, font);
        }
    }
}
