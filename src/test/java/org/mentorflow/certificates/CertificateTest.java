package org.mentorflow.certificates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every certificate test starts from: real mentorships between fresh people, certificates for them
 * issued on a known day, and the text of a PDF. 
 */
abstract class CertificateTest extends IntegrationTest {

    static final String PROGRAMME = "Alumni Mentoring 2026";
    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final LocalDate END = LocalDate.of(2026, 9, 30);
    static final int MEETINGS = 7;
    static final Instant ISSUED = Instant.parse("2026-10-02T10:00:00Z");

    @Autowired
    CertificateService certificates;
    @Autowired
    MentorshipRequests requests;

    Mentorship mentorship(String menteeLanguage, String mentorLanguage) {
        return mentorship(people.mentee(menteeLanguage), people.mentor(1, mentorLanguage));
    }

    Mentorship mentorship(Person mentee, Person mentor) {
        return requests.request(mentee.getId(), mentor.getId(), "Would you be my mentor?");
    }

    static CertificateRequest request(Mentorship mentorship, String role) {
        Person holder = CertificateRequest.MENTEE.equals(role) ? mentorship.getMentee() : mentorship.getMentor();
        return new CertificateRequest(mentorship.getId(), holder, mentorship.partnerOf(holder), role, PROGRAMME,
                START, END, MEETINGS);
    }

    Certificate issue(Mentorship mentorship, String role) {
        ClockUtil.setCurrentTime(Date.from(ISSUED));
        return certificates.issue(request(mentorship, role));
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
