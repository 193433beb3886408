package org.mentorflow.mentorship.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.Refusals;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of a running mentorship. Each proposal is told to the mentorship's process, which calls
 * processes/meeting.bpmn for it: any number of meetings run beside each other and end with their mentorship.
 */
@Service
public class Meetings {

    private final MeetingRepository meetings;
    private final Mentorships mentorships;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final Refusals refusals;

    Meetings(MeetingRepository meetings, Mentorships mentorships, RuntimeService runtimeService, Clock clock,
            Refusals refusals) {
        this.meetings = meetings;
        this.mentorships = mentorships;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.refusals = refusals;
    }

    /**
     * The mentee (or the mentor) proposes a meeting; the other side approves it or offers another time. The
     * mentorship's process starts the meeting's own steps, as a called process of its "Meeting" event subprocess.
     */
    @Transactional
    public Meeting propose(long mentorshipId, String personId, MeetingPlan plan) {
        Meeting meeting = save(mentorshipId, personId, plan);
        runtimeService.createMessageCorrelation(MentorshipProcess.MESSAGE_MEETING_PROPOSED)
                .processInstanceBusinessKey(Long.toString(mentorshipId))
                .setVariablesToTriggeredScope(meetingVariables(meeting))
                .correlateWithResult();
        return meeting;
    }

    /** Checks the plan and keeps the meeting; the caller tells the process (v1 models start it beside: legacy). */
    @Transactional
    public Meeting save(long mentorshipId, String personId, MeetingPlan plan) {
        Mentorship mentorship = mentorships.get(mentorshipId);
        if (mentorship.getState() != MentorshipState.ACTIVE) {
            throw new IllegalStateException("Meetings can be planned once the mentorship has started; it is "
                    + mentorship.getState().name().toLowerCase() + ".");
        }
        List<MessageSourceResolvable> problems = plan.problems(now());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(refusals.english(problems));
        }
        return meetings.save(new Meeting(mentorship, plan, personId, now()));
    }

    /** What the meeting's process needs to know of it. */
    public static VariableMap meetingVariables(Meeting meeting) {
        VariableMap variables = Variables.createVariables();
        MeetingProcess.MEETING_ID.put(variables, meeting.getId());
        MeetingProcess.MEETING_ENDS_AT.put(variables, Date.from(meeting.getEndsAt()));
        return variables;
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

    /**
     * The mentorship ended (cancelled, closed or completed): meetings not yet held will not take place. Their
     * processes end with the mentorship's by BPMN; this records it on the meetings themselves.
     */
    @Transactional
    public void cancelOpen(long mentorshipId) {
        meetings.findByMentorshipIdAndStatusIn(mentorshipId, EnumSet.of(Meeting.Status.PROPOSED, Meeting.Status.SCHEDULED))
                .forEach(meeting -> meeting.cancel(now()));
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

    private Instant now() {
        return clock.instant();
    }
}
