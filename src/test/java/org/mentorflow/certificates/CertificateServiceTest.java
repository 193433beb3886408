package org.mentorflow.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.mentorflow.certificates.CertificateRequest.MENTEE;
import static org.mentorflow.certificates.CertificateRequest.MENTOR;

import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.people.NewPerson;
import org.mentorflow.people.Person;

/** Certificates as their holders receive them: the PDF's text, once per holder, found again by code. */
class CertificateServiceTest extends CertificateTest {

    @Test
    void menteeCertificateStatesWhatHappenedInEnglish() {
        Mentorship mentorship = mentorship("en", "en");
        Person mentee = mentorship.getMentee();
        Person mentor = mentorship.getMentor();

        Certificate certificate = issue(mentorship, MENTEE);

        assertThat(certificate.getVerificationCode()).matches("MF(-[2-9A-HJKMNP-TV-Z]{4}){3}");
        String text = text(certificate.getPdf());
        assertThat(text).contains("Certificate of Mentorship", "Mentoring-Zertifikat", "This is to certify that",
                mentee.getFullName(), "has taken part as mentee in the programme", PROGRAMME,
                "in a mentorship with " + mentor.getDisplayName() + " as mentor.",
                "March 1, 2026 – September 30, 2026", "CONFIRMED MEETINGS" + System.lineSeparator() + "7", "October 2, 2026",
                certificate.getVerificationCode(),
                "http://mentorflow.test/certificates/verify?code=" + certificate.getVerificationCode());
        assertThat(text.indexOf("Certificate of Mentorship")).isLessThan(text.indexOf("Mentoring-Zertifikat"));
        // privacy: the partner's surname stays at its first letter, and no contact details appear
        assertThat(text).doesNotContain(mentor.getLastName()).doesNotContain("@").doesNotContain(mentor.getPhone());
    }

    @Test
    void theDayOfIssueIsTheProgrammesDay() throws IOException {
        Mentorship mentorship = mentorship("en", "en");
        // 22:30 UTC on 1 October: in Vienna (summer time, UTC+2) it is half past midnight on the 2nd
        Instant issued = Instant.parse("2026-10-01T22:30:00Z");
        ClockUtil.setCurrentTime(Date.from(issued));

        Certificate certificate = certificates.issue(request(mentorship, MENTEE));

        assertThat(certificate.getIssuedAt()).isEqualTo(issued);
        assertThat(text(certificate.getPdf())).contains("October 2, 2026").doesNotContain("October 1, 2026");
        try (PDDocument pdf = Loader.loadPDF(certificate.getPdf())) {
            Calendar created = pdf.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant()).isEqualTo(issued);
            assertThat(created.get(Calendar.DAY_OF_MONTH)).as("the PDF's date carries the programme's offset").isEqualTo(2);
        }
    }

    @Test
    void germanMentorReadsItInGermanWithTheEnglishTitleBelow() {
        Mentorship mentorship = mentorship("en", "de");
        Person mentee = mentorship.getMentee();
        Person mentor = mentorship.getMentor();

        Certificate certificate = issue(mentorship, MENTOR);

        String text = text(certificate.getPdf());
        assertThat(text).contains("Mentoring-Zertifikat", "Certificate of Mentorship", "Hiermit wird bestätigt, dass",
                mentor.getFullName(), "als Mentor:in am Programm", PROGRAMME,
                "im Mentoring mit " + mentee.getDisplayName() + " (Mentee) teilgenommen hat.",
                "1. März 2026 – 30. September 2026", "BESTÄTIGTE TREFFEN", "2. Oktober 2026", "PRÜFCODE",
                certificate.getVerificationCode());
        assertThat(text.indexOf("Mentoring-Zertifikat")).isLessThan(text.indexOf("Certificate of Mentorship"));
        assertThat(text).doesNotContain(mentee.getLastName()).doesNotContain("@");
        assertThat(certificate.getLanguage()).isEqualTo("de");
    }

    @Test
    void unusualNamesNeverStopACertificate() {
        String id = "zoe" + System.nanoTime();
        Person zoe = peopleService.register(new NewPerson(id, "Zoë", "Wang 王", id + "@test.example", "en", "secret", true, false));
        zoe.setApplication("Student.", "Thesis.", "A job.", "Advice.");
        peopleService.save(zoe);
        Person mentor = people.mentor(1);
        Mentorship mentorship = mentorship(zoe, mentor);

        Certificate certificate = issue(mentorship, MENTEE);

        // DejaVu has no Chinese: the character the font lacks is a question mark, the rest is printed
        assertThat(text(certificate.getPdf())).contains("Zoë Wang ?");
        assertThat(certificate.getHolderName()).isEqualTo("Zoë Wang 王");
    }

    @Test
    void pdfIsA4LandscapeWithItsFontsEmbedded() throws IOException {
        Certificate certificate = issue(mentorship("de", "en"), MENTEE);

        try (PDDocument document = Loader.loadPDF(certificate.getPdf())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(842, within(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595, within(1f));
            for (COSName name : page.getResources().getFontNames()) {
                assertThat(page.getResources().getFont(name).isEmbedded()).as(name.getName()).isTrue();
            }
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Mentoring-Zertifikat");
        }
    }

    @Test
    void issuingAgainReturnsTheCertificateIssuedBefore() {
        Mentorship mentorship = mentorship("en", "en");
        Certificate first = issue(mentorship, MENTEE);

        Certificate again = issue(mentorship, MENTEE);

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getVerificationCode()).isEqualTo(first.getVerificationCode());
        assertThat(certificates.of(mentorship.getMentee().getId())).extracting(Certificate::getId).containsExactly(first.getId());
    }

    @Test
    void menteeAndMentorEachHoldTheirOwn() {
        Mentorship mentorship = mentorship("en", "en");

        Certificate mentee = issue(mentorship, MENTEE);
        Certificate mentor = issue(mentorship, MENTOR);

        assertThat(mentee.getId()).isNotEqualTo(mentor.getId());
        assertThat(mentee.getVerificationCode()).isNotEqualTo(mentor.getVerificationCode());
        assertThat(certificates.of(mentorship.getMentor().getId())).extracting(Certificate::getRole).containsExactly(MENTOR);
        assertThat(mentor.getPartnerName()).isEqualTo(mentorship.getMentee().getDisplayName());
    }

    @Test
    void codeIsFoundInAnyCaseWithOrWithoutDashes() {
        Certificate certificate = issue(mentorship("en", "en"), MENTEE);
        String code = certificate.getVerificationCode();

        for (String typed : new String[] {code, code.toLowerCase(), code.replace("-", ""), " " + code.substring(3).replace("-", " ") + " "}) {
            assertThat(certificates.findByCode(typed)).as(typed).map(Certificate::getId).contains(certificate.getId());
        }
        for (String odd : new String[] {"MF-2222-2222-2222", "", "MF-", "<script>", "x".repeat(10_000), null}) {
            assertThat(certificates.findByCode(odd)).as(odd == null ? "null" : odd.substring(0, Math.min(20, odd.length()))).isEmpty();
        }
    }

    @Test
    void namesOnlyThePeopleOfTheMentorship() {
        Mentorship mentorship = mentorship("en", "en");
        Person stranger = people.mentee();

        assertThatThrownBy(() -> certificates.issue(new CertificateRequest(mentorship.getId(), stranger,
                mentorship.getMentor(), MENTEE, PROGRAMME, START, END, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not between");
        assertThatThrownBy(() -> certificates.issue(new CertificateRequest(mentorship.getId(), mentorship.getMentee(),
                mentorship.getMentor(), MENTOR, PROGRAMME, START, END, 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(certificates.of(stranger.getId())).isEmpty();
    }

    @Test
    void requestRefusesWhatNoCertificateCanState() {
        Mentorship mentorship = mentorship("en", "en");

        assertThatThrownBy(() -> new CertificateRequest(mentorship.getId(), mentorship.getMentee(), mentorship.getMentor(),
                "COORDINATOR", "P", START, END, 1)).hasMessageContaining("MENTEE or a MENTOR");
        assertThatThrownBy(() -> new CertificateRequest(mentorship.getId(), mentorship.getMentee(), mentorship.getMentor(),
                MENTEE, "P", END, START, 1)).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> new CertificateRequest(mentorship.getId(), mentorship.getMentee(), mentorship.getMentor(),
                MENTEE, " ", START, END, 1)).hasMessageContaining("programme");
    }
}
