package org.mentorflow.mentorship;

import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of a running mentorship. Each proposal starts its own process (processes/meeting.bpmn), so any
 * number of meetings run beside each other and beside the rest of the mentorship.
 */
@Service
public class Meetings {

    static final String PROCESS_KEY = "meeting";

    private final MeetingRepository meetings;
    private final MentorshipRequests mentorships;
    private final RuntimeService runtimeService;

    Meetings(MeetingRepository meetings, MentorshipRequests mentorships, RuntimeService runtimeService) {
        this.meetings = meetings;
        this.mentorships = mentorships;
        this.runtimeService = runtimeService;
    }

    /** The mentee (or the mentor) proposes a meeting; the other side approves it or offers another time. */
    @Transactional
    public Meeting propose(long mentorshipId, String personId, MeetingPlan plan) {
        Mentorship mentorship = mentorships.get(mentorshipId);
        if (mentorship.getState() != MentorshipState.ACTIVE) {
            throw new IllegalStateException("Meetings can be planned once the mentorship has started; it is "
                    + mentorship.getState().name().toLowerCase() + ".");
        }
        List<String> problems = plan.problems(now());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        Meeting meeting = meetings.save(new Meeting(mentorship, plan, personId, now()));
        runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(mentorship.getId().toString())
                .setVariables(Variables.createVariables()
                        .putValue(MentorshipProcess.MENTORSHIP_ID, mentorship.getId())
                        .putValue(MentorshipProcess.MENTEE_ID, mentorship.getMentee().getId())
                        .putValue(MentorshipProcess.MENTOR_ID, mentorship.getMentor().getId())
                        .putValue(MeetingProcess.MEETING_ID, meeting.getId())
                        .putValue(MeetingProcess.MEETING_ENDS_AT, Date.from(meeting.getEndsAt())))
                .execute();
        return meeting;
    }

    /** Another time for a proposed meeting; the caller passes its new end on to the process. */
    @Transactional
    public Meeting moveTo(long meetingId, String personId, Instant newStart) {
        Meeting meeting = get(meetingId);
        if (newStart == null || !newStart.isAfter(now())) {
            throw new IllegalArgumentException("The new time must lie in the future.");
        }
        meeting.moveTo(newStart, personId);
        return meeting;
    }

    @Transactional
    public void schedule(long meetingId) {
        get(meetingId).schedule();
    }

    @Transactional
    public Meeting recordOutcome(long meetingId, boolean menteeHeld, String menteeNote, boolean mentorHeld, String mentorNote) {
        Meeting meeting = get(meetingId);
        meeting.recordOutcome(menteeHeld, menteeNote, mentorHeld, mentorNote, now());
        return meeting;
    }

    /** Ends every meeting not yet held, with its process: the mentorship was cancelled. */
    @Transactional
    public void cancelOpen(long mentorshipId, String reason) {
        meetings.findByMentorshipIdAndStatusIn(mentorshipId, EnumSet.of(Meeting.Status.PROPOSED, Meeting.Status.SCHEDULED))
                .forEach(meeting -> meeting.cancel(now()));
        runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(mentorshipId)).list()
                .forEach(process -> runtimeService.deleteProcessInstance(process.getId(), reason));
    }

    /** Meetings both sides confirmed as held: what the certificate counts. */
    @Transactional(readOnly = true)
    public long heldCount(long mentorshipId) {
        return meetings.countByMentorshipIdAndStatus(mentorshipId, Meeting.Status.HELD);
    }

    @Transactional(readOnly = true)
    public List<Meeting> of(long mentorshipId) {
        return meetings.findByMentorshipIdOrderByStartsAt(mentorshipId);
    }

    @Transactional(readOnly = true)
    public Meeting get(long meetingId) {
        return meetings.findById(meetingId)
                .orElseThrow(() -> new IllegalArgumentException("There is no meeting " + meetingId + "."));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
