package org.mentorflow.certificates;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A certificate as issued: what it states is copied from the request, so a later change of a profile
 * never rewrites a document someone already holds. The PDF stays with it for good.
 */
@Entity
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long mentorshipId;
    /** The holder. */
    private String personId;
    /** "MENTEE" or "MENTOR". */
    private String role;
    private String verificationCode;
    /** The holder's language when it was issued: "en" or "de". */
    private String language;
    private Instant issuedAt;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private int confirmedMeetings;
    private String holderName;
    /** What the public verification page shows of the holder. */
    private String holderDisplayName;
    /** The partner as privacy allows: first name and the first letter of the surname. */
    private String partnerName;
    private String programmeName;
    private Long programmeId;
    private byte[] pdf;

    protected Certificate() {
    }

    Certificate(CertificateRequest request, String verificationCode, Instant issuedAt) {
        this.mentorshipId = request.mentorshipId();
        this.personId = request.holder().getId();
        this.role = request.role();
        this.verificationCode = verificationCode;
        this.language = request.holder().getLanguage();
        this.issuedAt = issuedAt;
        this.periodStart = request.periodStart();
        this.periodEnd = request.periodEnd();
        this.confirmedMeetings = request.confirmedMeetings();
        this.holderName = request.holder().getFullName();
        this.holderDisplayName = request.holder().getDisplayName();
        this.partnerName = request.partner().getDisplayName();
        this.programmeName = request.programmeName();
        this.programmeId = request.programmeId();
    }

    /**
     * The partner deleted their account: the certificate names them no more. The only change ever made to an
     * issued certificate; its code, dates and holder stay, and its PDF is rendered again.
     */
    void partnerDeleted(String anonymousPartner) {
        this.partnerName = anonymousPartner;
    }

    void attach(byte[] pdf) {
        this.pdf = pdf;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public Long getId() {
        return id;
    }

    public Long getMentorshipId() {
        return mentorshipId;
    }

    public String getPersonId() {
        return personId;
    }

    public String getRole() {
        return role;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getConfirmedMeetings() {
        return confirmedMeetings;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getHolderDisplayName() {
        return holderDisplayName;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    /** The PDF as issued. */
    public byte[] getPdf() {
        return pdf;
    }
}
