package org.mentorflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The type of a file comes from its first bytes; the size limit is 5 MB. No application needed. */
class UploadCheckTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 0};
    static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @Test
    void jpegAndPdfAreKnownByTheirMagicNumbers() {
        assertThat(UploadCheck.check(JPEG)).isEqualTo(new UploadCheck.Verdict("image/jpeg", null));
        assertThat(UploadCheck.check(PDF)).isEqualTo(new UploadCheck.Verdict("application/pdf", null));
    }

    @Test
    void otherTypesAreRefusedWhateverTheyAreCalled() {
        assertThat(UploadCheck.check(PNG).refusal()).isEqualTo(DocumentRefusal.WRONG_TYPE);
        assertThat(UploadCheck.check("GIF89a".getBytes(StandardCharsets.US_ASCII)).refusal()).isEqualTo(DocumentRefusal.WRONG_TYPE);
        assertThat(UploadCheck.check("%PDF".getBytes(StandardCharsets.US_ASCII)).refusal()).as("cut short").isEqualTo(DocumentRefusal.WRONG_TYPE);
        assertThat(UploadCheck.check(new byte[] {(byte) 0xFF, (byte) 0xD8}).refusal()).isEqualTo(DocumentRefusal.WRONG_TYPE);
        assertThat(UploadCheck.check(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII)).refusal()).isEqualTo(DocumentRefusal.WRONG_TYPE);
    }

    @Test
    void fiveMegabytesAreAllowedOneByteMoreIsNot() {
        byte[] justRight = Arrays.copyOf(PDF, (int) UploadCheck.MAX_BYTES);
        byte[] tooLarge = Arrays.copyOf(PDF, (int) UploadCheck.MAX_BYTES + 1);

        assertThat(UploadCheck.check(justRight).accepted()).isTrue();
        assertThat(UploadCheck.check(tooLarge).refusal()).isEqualTo(DocumentRefusal.TOO_LARGE);
        assertThat(UploadCheck.MAX_MEGABYTES).isEqualTo(5);
    }

    @Test
    void anEmptyFileIsNoFile() {
        assertThat(UploadCheck.check(new byte[0]).refusal()).isEqualTo(DocumentRefusal.NO_FILE);
        assertThat(UploadCheck.check(null).refusal()).isEqualTo(DocumentRefusal.NO_FILE);
    }

    @Test
    void fileNamesLoseTheirPathAndQuotes() {
        assertThat(Documents.cleanFileName("C:\\Users\\rita\\diploma.pdf", UploadCheck.PDF)).isEqualTo("diploma.pdf");
        assertThat(Documents.cleanFileName("../../etc/\"x\".jpg", UploadCheck.JPEG)).isEqualTo("x.jpg");
        assertThat(Documents.cleanFileName("  ", UploadCheck.PDF)).isEqualTo("document.pdf");
        assertThat(Documents.cleanFileName(null, UploadCheck.JPEG)).isEqualTo("document.jpg");
        assertThat(Documents.cleanFileName("a".repeat(300) + ".pdf", UploadCheck.PDF)).hasSize(200).endsWith(".pdf");
    }

    @Test
    void theTooLargePageLeadsBackOnlyWithinTheSite() {
        assertThat(UploadTooLargeAdvice.samePagePath("http://localhost:8080/register/mentor/document")).isEqualTo("/register/mentor/document");
        assertThat(UploadTooLargeAdvice.samePagePath("https://evil.example//elsewhere")).isEqualTo("/");
        assertThat(UploadTooLargeAdvice.samePagePath(null)).isEqualTo("/");
        assertThat(UploadTooLargeAdvice.samePagePath("not a uri at all")).isEqualTo("/");
    }
}
