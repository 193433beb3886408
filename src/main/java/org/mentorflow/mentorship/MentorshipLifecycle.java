package org.mentorflow.mentorship;

import static org.mentorflow.mentorship.RequestRefusedException.Reason.NOT_YOUR_REQUEST;
import static org.mentorflow.mentorship.RequestRefusedException.Reason.NO_LONGER_OPEN;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How a mentorship ends: either side cancels at any stage, or both confirm completion. */
@Service
public class MentorshipLifecycle {

    private final MentorshipRequests mentorships;
    private final RuntimeService runtimeService;

    MentorshipLifecycle(MentorshipRequests mentorships, RuntimeService runtimeService) {
        this.mentorships = mentorships;
        this.runtimeService = runtimeService;
    }

    /**
     * Either side ends the mentorship early, with a reason the other side is told. Open tasks end, the
     * mentor's place is free again.
     */
    @Transactional
    public void cancel(long mentorshipId, String personId, String reason) {
        Mentorship mentorship = mentorships.get(mentorshipId);
        if (!mentorship.isParticipant(personId)) {
            throw new RequestRefusedException(NOT_YOUR_REQUEST, "Only the mentee and the mentor can cancel their mentorship.");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Please give a reason: your partner is told why the mentorship ends.");
        }
        if (!MentorshipState.OPEN.contains(mentorship.getState())) {
            throw noLongerOpen(mentorship);
        }
        try {
            runtimeService.createMessageCorrelation(MentorshipProcess.MESSAGE_MENTORSHIP_CANCELLED)
                    .processInstanceBusinessKey(mentorship.getId().toString())
                    .setVariables(Variables.createVariables()
                            .putValue(MentorshipProcess.CANCELLED_BY, personId)
                            .putValue(MentorshipProcess.CANCEL_REASON, reason.strip()))
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
            throw noLongerOpen(mentorship);
        }
    }

    /** Called by the process once it has taken the cancellation. */
    @Transactional
    public void recordCancellation(long mentorshipId, String personId, String reason) {
        mentorships.get(mentorshipId).cancel(personId, reason, ClockUtil.getCurrentTime().toInstant());
    }

    /** Called by the process once both confirmed the end. */
    @Transactional
    public void complete(long mentorshipId) {
        mentorships.get(mentorshipId).complete(ClockUtil.getCurrentTime().toInstant());
    }

    private static RequestRefusedException noLongerOpen(Mentorship mentorship) {
        return new RequestRefusedException(NO_LONGER_OPEN, "This mentorship has ended already (it is "
                + mentorship.getState().name().toLowerCase() + ").");
    }
}
