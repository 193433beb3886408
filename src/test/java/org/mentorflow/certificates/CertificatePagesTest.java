package org.mentorflow.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorflow.certificates.CertificateRequest.MENTEE;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public verification page and the PDF download, as a browser meets them. */
class CertificatePagesTest extends CertificateTest {

    @LocalServerPort
    int serverPort;

    Mentorship mentorship;
    Certificate certificate;

    @BeforeEach
    void issued() {
        mentorship = mentorship("de", "en");
        certificate = issue(mentorship, MENTEE);
    }

    @Test
    void validCodeShowsWhatTheCertificateStatesWithNamesAsPrivacyAllows() {
        String typed = certificate.getVerificationCode().toLowerCase().replace("-", "");

        HttpResponse<String> response = get("/certificates/verify?code=" + typed);

        assertThat(response.statusCode()).isEqualTo(200);
        Person mentee = mentorship.getMentee();
        Person mentor = mentorship.getMentor();
        assertThat(response.body()).contains("Valid certificate", certificate.getVerificationCode(),
                "<dd>" + mentee.getDisplayName() + "</dd>", "<dd>Mentee</dd>", "<dt>Mentor</dt><dd>" + mentor.getDisplayName() + "</dd>",
                PROGRAMME,
                "March 1, 2026 – September 30, 2026", "<dd>7</dd>", "October 2, 2026");
        assertThat(response.body()).doesNotContain(mentee.getLastName()).doesNotContain(mentor.getLastName())
                .doesNotContain("@test.example").doesNotContain("No certificate has this code");
    }

    @Test
    void unknownOrOddCodeIsAPlainAnswer() {
        for (String typed : new String[] {"MF-2222-2222-2222", "<script>alert(1)</script>", "%", "'; drop table certificate; --",
                "x".repeat(3000), "MF-" + "\u00e4".repeat(12)}) {
            HttpResponse<String> response = get("/certificates/verify?code=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));

            assertThat(response.statusCode()).as(typed).isEqualTo(200);
            assertThat(response.body()).contains("No certificate has this code").doesNotContain("Valid certificate")
                    .doesNotContain("<script>alert").doesNotContain("Exception");
        }
    }

    @Test
    void withoutACodeShowsTheFormOnly() {
        HttpResponse<String> response = get("/certificates/verify");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Check a certificate", "name=\"code\"")
                .doesNotContain("No certificate has this code").doesNotContain("Valid certificate");
    }

    @Test
    void downloadNeedsALogin() {
        HttpResponse<String> response = get("/certificates/" + certificate.getId() + "/pdf");

        assertAsksForLogin(response);
        assertThat(response.body()).doesNotContain("%PDF");
    }

    @Test
    void holderDownloadsThePdf() {
        BrowserSession holder = BrowserSession.loggedIn(serverPort, mentorship.getMentee().getId(), "secret");

        HttpResponse<byte[]> response = holder.getBytes("/certificates/" + certificate.getId() + "/pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"certificate-" + certificate.getVerificationCode() + ".pdf\"");
        assertThat(text(response.body())).contains(mentorship.getMentee().getFullName());
    }

    @Test
    void theirPartnerGetsNotFoundAndACoordinatorGetsIt() {
        BrowserSession partner = BrowserSession.loggedIn(serverPort, mentorship.getMentor().getId(), "secret");
        assertThat(partner.getBytes("/certificates/" + certificate.getId() + "/pdf").statusCode()).isEqualTo(404);
        assertThat(partner.getBytes("/certificates/99999999/pdf").statusCode()).isEqualTo(404);

        Person coordinator = people.coordinator();
        BrowserSession office = BrowserSession.loggedIn(serverPort, coordinator.getId(), "secret");
        assertThat(office.getBytes("/certificates/" + certificate.getId() + "/pdf").statusCode()).isEqualTo(200);
    }
}
