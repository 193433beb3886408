package org.mentorflow.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentorship agreements and their versions: the mentee proposes, the mentor approves or asks for changes.
 * The first approval is the official start of the mentorship.
 */
@Service
public class Agreements {

    private final AgreementVersionRepository versions;
    private final MentorshipRequests mentorships;

    Agreements(AgreementVersionRepository versions, MentorshipRequests mentorships) {
        this.versions = versions;
        this.mentorships = mentorships;
    }

    @Transactional
    public AgreementVersion propose(long mentorshipId, String personId, AgreementTerms terms) {
        List<String> problems = terms.problems();
        if (!problems.isEmpty()) {
            throw new InvalidAgreementException(problems);
        }
        Mentorship mentorship = mentorships.get(mentorshipId);
        int next = latest(mentorshipId).map(v -> v.getVersionNo() + 1).orElse(1);
        return versions.save(new AgreementVersion(mentorship, next, terms, personId, now()));
    }

    /** Approves the open proposal; the first approved version starts the mentorship. */
    @Transactional
    public AgreementVersion approve(long mentorshipId, String personId) {
        AgreementVersion proposal = openProposal(mentorshipId);
        proposal.decide(AgreementVersion.Status.APPROVED, personId, null, now());
        Mentorship mentorship = proposal.getMentorship();
        if (mentorship.getState() == MentorshipState.ACCEPTED) {
            mentorship.start(LocalDate.ofInstant(now(), ZoneId.systemDefault()), proposal.getDurationMonths());
        }
        return proposal;
    }

    @Transactional
    public AgreementVersion requestChanges(long mentorshipId, String personId, String comment) {
        AgreementVersion proposal = openProposal(mentorshipId);
        proposal.decide(AgreementVersion.Status.CHANGES_REQUESTED, personId, comment, now());
        return proposal;
    }

    @Transactional(readOnly = true)
    public Optional<AgreementVersion> latest(long mentorshipId) {
        return versions.findFirstByMentorshipIdOrderByVersionNoDesc(mentorshipId);
    }

    /** The version that counts: the newest approved one. */
    @Transactional(readOnly = true)
    public Optional<AgreementVersion> current(long mentorshipId) {
        return versions.findFirstByMentorshipIdAndStatusOrderByVersionNoDesc(mentorshipId, AgreementVersion.Status.APPROVED);
    }

    @Transactional(readOnly = true)
    public List<AgreementVersion> history(long mentorshipId) {
        return versions.findByMentorshipIdOrderByVersionNo(mentorshipId);
    }

    private AgreementVersion openProposal(long mentorshipId) {
        return latest(mentorshipId).filter(v -> v.getStatus() == AgreementVersion.Status.PROPOSED)
                .orElseThrow(() -> new IllegalStateException("Mentorship " + mentorshipId + " has no agreement proposal to decide on"));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
