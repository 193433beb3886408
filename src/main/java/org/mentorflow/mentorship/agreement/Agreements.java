package org.mentorflow.mentorship.agreement;

import static org.mentorflow.mentorship.MentorshipRefusedException.Reason.CHANGE_PENDING;
import static org.mentorflow.mentorship.MentorshipRefusedException.Reason.ENDED;
import static org.mentorflow.mentorship.MentorshipRefusedException.Reason.NOT_A_PARTICIPANT;
import static org.mentorflow.mentorship.MentorshipRefusedException.Reason.NOT_RUNNING;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.Refusals;
import org.mentorflow.people.Person;
import org.mentorflow.system.ProgrammeSettings;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentorship agreements and their versions: the mentee proposes, the mentor approves or asks for changes.
 * The first approval is the official start of the mentorship.
 */
@Service
public class Agreements {

    private final AgreementVersionRepository versions;
    private final Mentorships mentorships;
    private final RuntimeService runtimeService;
    private final Refusals refusals;
    private final LegacyAgreementChanges legacy;
    private final ProgrammeSettings programme;
    private final Clock clock;

    Agreements(AgreementVersionRepository versions, Mentorships mentorships, RuntimeService runtimeService,
            Refusals refusals, LegacyAgreementChanges legacy, ProgrammeSettings programme, Clock clock) {
        this.versions = versions;
        this.mentorships = mentorships;
        this.runtimeService = runtimeService;
        this.refusals = refusals;
        this.legacy = legacy;
        this.programme = programme;
        this.clock = clock;
    }

    @Transactional
    public AgreementVersion propose(long mentorshipId, String personId, AgreementTerms terms) {
        List<MessageSourceResolvable> problems = terms.problems();
        if (!problems.isEmpty()) {
            throw new InvalidAgreementException(problems, refusals.english(problems));
        }
        Mentorship mentorship = mentorships.get(mentorshipId);
        int next = latest(mentorshipId).map(v -> v.getVersionNo() + 1).orElse(1);
        return versions.save(new AgreementVersion(mentorship, next, terms, personId, now()));
    }

    /**
     * Either side proposes to change the running mentorship's agreement (a suspension is an extension of the
     * time frame); the other side approves or rejects it. The mentorship's process calls processes/amendment.bpmn
     * for it from its "Agreement change" event subprocess, so the change ends with the mentorship.
     */
    @Transactional
    public AgreementVersion proposeAmendment(long mentorshipId, String personId, AgreementTerms terms) {
        Mentorship mentorship = mentorships.get(mentorshipId);
        if (!mentorship.isParticipant(personId)) {
            throw refusals.refuse(NOT_A_PARTICIPANT, "agreement.refused.not-participant");
        }
        if (mentorship.getState() != MentorshipState.ACTIVE) {
            throw refusals.refuse(NOT_RUNNING, "agreement.refused.not-running", Refusals.state(mentorship.getState()));
        }
        if (latest(mentorshipId).filter(v -> v.getStatus() == AgreementVersion.Status.PROPOSED).isPresent()) {
            throw refusals.refuse(CHANGE_PENDING, "agreement.refused.change-pending");
        }
        AgreementVersion amendment = propose(mentorshipId, personId, terms);
        Person decider = mentorship.partnerOf(personId.equals(mentorship.getMentee().getId()) ? mentorship.getMentee() : mentorship.getMentor());
        VariableMap change = Variables.createVariables();
        AmendmentProcess.PROPOSED_BY.put(change, personId);
        AmendmentProcess.DECIDER.put(change, decider.getId());
        if (legacy.runsWithoutProcessTree(mentorship)) {
            legacy.startAmendment(mentorship, change);
            return amendment;
        }
        try {
            runtimeService.createMessageCorrelation(MentorshipProcess.MESSAGE_AGREEMENT_CHANGE_PROPOSED)
                    .processInstanceBusinessKey(mentorship.getId().toString())
                    .setVariablesToTriggeredScope(change)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
            // completed or cancelled by the other side in the same moment: the state read above is stale
            throw refusals.refuse(ENDED, "mentorship.refused.ended-meanwhile");
        }
        return amendment;
    }

    /**
     * Approves the open proposal: the first approval starts the mentorship, a later one re-plans it. The mentorship
     * starts on the programme's date of the approval (its time zone), whatever the server's zone.
     */
    @Transactional
    public AgreementVersion approve(long mentorshipId, String personId) {
        AgreementVersion proposal = openProposal(mentorshipId);
        Instant now = now();
        proposal.decide(AgreementVersion.Status.APPROVED, personId, null, now);
        Mentorship mentorship = proposal.getMentorship();
        if (mentorship.getState() == MentorshipState.ACCEPTED) {
            mentorship.start(LocalDate.ofInstant(now, programme.timeZone()), proposal.getDurationMonths());
        } else {
            mentorship.replan(proposal.getDurationMonths());
        }
        return proposal;
    }

    /** The other side does not agree to the proposed change; the approved version keeps counting. */
    @Transactional
    public AgreementVersion reject(long mentorshipId, String personId, String comment) {
        AgreementVersion proposal = openProposal(mentorshipId);
        proposal.decide(AgreementVersion.Status.REJECTED, personId, comment, now());
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

    private Instant now() {
        return clock.instant();
    }
}
