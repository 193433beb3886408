package org.mentorflow.mentorship.lifecycle;

import static org.mentorflow.mentorship.MentorshipRefusedException.Reason.ENDED;
import static org.mentorflow.mentorship.MentorshipRefusedException.Reason.NOT_A_PARTICIPANT;
import static org.mentorflow.mentorship.MentorshipRefusedException.Reason.REASON_MISSING;
import static org.mentorflow.mentorship.MentorshipRefusedException.Reason.REASON_TOO_LONG;

import java.time.Clock;
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
import org.mentorflow.mentorship.meeting.Meetings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How a mentorship ends: either side cancels at any stage, or both confirm completion. */
@Service
public class MentorshipLifecycle {

    /** Longest reason for a cancellation (the column's size). */
    public static final int MAX_REASON_LENGTH = 2000;

    private final Mentorships mentorships;
    private final RuntimeService runtimeService;
    private final Refusals refusals;
    private final Meetings meetings;
    private final Clock clock;

    MentorshipLifecycle(Mentorships mentorships, RuntimeService runtimeService, Refusals refusals, Meetings meetings,
            Clock clock) {
        this.mentorships = mentorships;
        this.runtimeService = runtimeService;
        this.refusals = refusals;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The mentee asks to finish: early with the reason both read, or (null) within the agreed frame. */
    @Transactional
    public void askToFinish(long mentorshipId, String earlyReason) {
        mentorships.get(mentorshipId).askToFinish(earlyReason);
    }

    /**
     * Either side ends the mentorship early, with a reason the other side is told. Open tasks end, the
     * mentor's place is free again.
     */
    @Transactional
    public void cancel(long mentorshipId, String personId, String reason) {
        Mentorship mentorship = mentorships.get(mentorshipId);
        if (!mentorship.isParticipant(personId)) {
            throw refusals.refuse(NOT_A_PARTICIPANT, "mentorship.refused.cancel-not-participant");
        }
        if (reason == null || reason.isBlank()) {
            throw refusals.refuse(REASON_MISSING, "mentorship.refused.reason-missing");
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw refusals.refuse(REASON_TOO_LONG, "mentorship.refused.reason-too-long", MAX_REASON_LENGTH);
        }
        if (!MentorshipState.OPEN.contains(mentorship.getState())) {
            throw refusals.refuse(ENDED, "mentorship.refused.ended", Refusals.state(mentorship.getState()));
        }
        VariableMap cancellation = Variables.createVariables();
        MentorshipProcess.CANCELLED_BY.put(cancellation, personId);
        MentorshipProcess.CANCEL_REASON.put(cancellation, reason.strip());
        try {
            runtimeService.createMessageCorrelation(MentorshipProcess.MESSAGE_MENTORSHIP_CANCELLED)
                    .processInstanceBusinessKey(mentorship.getId().toString())
                    .setVariables(cancellation)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
            // completed, closed or cancelled by the other side in the same moment: the state read above is stale
            throw refusals.refuse(ENDED, "mentorship.refused.ended-meanwhile");
        }
    }

    /**
     * Called by the process once it has taken the cancellation (or a coordinator's close); meetings not held
     * yet will not take place.
     */
    @Transactional
    public void recordCancellation(long mentorshipId, String personId, String reason) {
        mentorships.get(mentorshipId).cancel(personId, reason, clock.instant());
        meetings.cancelOpen(mentorshipId);
    }

    /** Called by the process once both confirmed the end; a meeting still being planned will not take place. */
    @Transactional
    public void complete(long mentorshipId) {
        mentorships.get(mentorshipId).complete(clock.instant());
        meetings.cancelOpen(mentorshipId);
    }
}
