package org.mentorflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** Storing people's files on PostgreSQL: only what the check accepts, with the sniffed type, gone with the person. */
class DocumentsTest extends IntegrationTest {

    @Autowired
    Documents documents;

    @Test
    void storesAnAcceptedFileWithTheTypeItsBytesShowAndFindsTheLatest() {
        Person person = people.mentor(1);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-05-01T10:00:00Z")));
        StoreResult first = documents.store(person.getId(), DocumentKind.VERIFICATION,
                new MockMultipartFile("document", "scan.jpeg", "application/octet-stream", UploadCheckTest.JPEG));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-05-02T10:00:00Z")));
        StoreResult second = documents.store(person.getId(), DocumentKind.VERIFICATION,
                new MockMultipartFile("document", "diploma.pdf", "image/png", UploadCheckTest.PDF));

        assertThat(first.stored()).isTrue();
        assertThat(first.document().contentType()).as("not what the browser claimed").isEqualTo("image/jpeg");
        assertThat(second.document().contentType()).isEqualTo("application/pdf");
        DocumentInfo latest = documents.latest(person.getId(), DocumentKind.VERIFICATION).orElseThrow();
        assertThat(latest.id()).isEqualTo(second.document().id());
        assertThat(latest.fileName()).isEqualTo("diploma.pdf");
        assertThat(latest.size()).isEqualTo(UploadCheckTest.PDF.length);
        assertThat(latest.uploadedAt()).isEqualTo(Instant.parse("2026-05-02T10:00:00Z"));
        assertThat(documents.find(latest.id()).orElseThrow().getContent()).isEqualTo(UploadCheckTest.PDF);
        assertThat(documents.latest(person.getId(), DocumentKind.CV)).isEmpty();
    }

    @Test
    void refusesWhatIsNotAJpegOrPdfOfAtMostFiveMegabytesAndStoresNothing() {
        Person person = people.mentee();

        StoreResult pngCalledPdf = documents.store(person.getId(), DocumentKind.CV,
                new MockMultipartFile("document", "cv.pdf", "application/pdf", UploadCheckTest.PNG));
        StoreResult sixMegabytes = documents.store(person.getId(), DocumentKind.CV,
                new MockMultipartFile("document", "cv.pdf", "application/pdf", Arrays.copyOf(UploadCheckTest.PDF, 6 * 1024 * 1024)));
        StoreResult empty = documents.store(person.getId(), DocumentKind.CV,
                new MockMultipartFile("document", "cv.pdf", "application/pdf", new byte[0]));
        StoreResult none = documents.store(person.getId(), DocumentKind.CV, null);

        assertThat(pngCalledPdf.refusal()).isEqualTo(DocumentRefusal.WRONG_TYPE);
        assertThat(sixMegabytes.refusal()).isEqualTo(DocumentRefusal.TOO_LARGE);
        assertThat(empty.refusal()).isEqualTo(DocumentRefusal.NO_FILE);
        assertThat(none.refusal()).isEqualTo(DocumentRefusal.NO_FILE);
        assertThat(pngCalledPdf.stored()).isFalse();
        assertThat(documents.latest(person.getId(), DocumentKind.CV)).isEmpty();
    }

    @Test
    void deleteAllRemovesEveryFileOfThePersonOnly() {
        Person one = people.mentee();
        Person other = people.mentee();
        documents.store(one.getId(), DocumentKind.CV, new MockMultipartFile("f", "cv.pdf", "application/pdf", UploadCheckTest.PDF));
        documents.store(one.getId(), DocumentKind.VERIFICATION, new MockMultipartFile("f", "d.jpg", "image/jpeg", UploadCheckTest.JPEG));
        documents.store(other.getId(), DocumentKind.CV, new MockMultipartFile("f", "cv.pdf", "application/pdf", UploadCheckTest.PDF));

        assertThat(documents.deleteAll(one.getId())).isEqualTo(2);

        assertThat(documents.latest(one.getId(), DocumentKind.CV)).isEmpty();
        assertThat(documents.latest(one.getId(), DocumentKind.VERIFICATION)).isEmpty();
        assertThat(documents.latest(other.getId(), DocumentKind.CV)).isPresent();
    }
}
