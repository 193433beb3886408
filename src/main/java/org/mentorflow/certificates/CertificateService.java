package org.mentorflow.certificates;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The certificates feature's door: issues certificates once, finds them by code, lists a person's. */
@Service
public class CertificateService {

    private final CertificateRepository certificates;
    private final CertificatePdf pdf;
    private final Mentorships mentorships;
    private final Clock clock;

    CertificateService(CertificateRepository certificates, CertificatePdf pdf, Mentorships mentorships, Clock clock) {
        this.certificates = certificates;
        this.pdf = pdf;
        this.mentorships = mentorships;
        this.clock = clock;
    }

    /**
     * Issues the holder's certificate for the mentorship with its PDF, or returns the one issued before:
     * a retried process step never makes a second document (two steps at the very same moment collide on
     * the unique key, and the retry then finds the first).
     */
    @Transactional
    public Certificate issue(CertificateRequest request) {
        Optional<Certificate> issued = certificates.findByMentorshipIdAndPersonId(request.mentorshipId(), request.holder().getId());
        if (issued.isPresent()) {
            return issued.get();
        }
        checkPeopleOfTheMentorship(request);
        Certificate certificate = new Certificate(request, unusedCode(), clock.instant());
        certificate.attach(pdf.render(certificate));
        return certificates.save(certificate);
    }

    /** The certificate with the code, typed in any case, with or without dashes. */
    @Transactional(readOnly = true)
    public Optional<Certificate> findByCode(String code) {
        return VerificationCodes.normalise(code).flatMap(certificates::findByVerificationCode);
    }

    @Transactional(readOnly = true)
    public Optional<Certificate> find(long id) {
        return certificates.findById(id);
    }

    /** The person's certificates, newest first. */
    @Transactional(readOnly = true)
    public List<Certificate> of(String personId) {
        return certificates.findByPersonIdOrderByIssuedAtDesc(personId);
    }

    /** A certificate is a document people rely on: it names the two people of this mentorship or none. */
    private void checkPeopleOfTheMentorship(CertificateRequest request) {
        Mentorship mentorship = mentorships.get(request.mentorshipId());
        Person holder = CertificateRequest.MENTEE.equals(request.role()) ? mentorship.getMentee() : mentorship.getMentor();
        if (!holder.getId().equals(request.holder().getId())
                || !mentorship.partnerOf(holder).getId().equals(request.partner().getId())) {
            throw new IllegalArgumentException("Mentorship " + mentorship.getId() + " is not between "
                    + request.holder().getId() + " as " + request.role() + " and " + request.partner().getId());
        }
    }

    private String unusedCode() {
        String code = VerificationCodes.next();
        while (certificates.existsByVerificationCode(code)) {
            code = VerificationCodes.next();
        }
        return code;
    }
}
