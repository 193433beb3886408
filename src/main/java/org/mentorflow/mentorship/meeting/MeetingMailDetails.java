package org.mentorflow.mentorship.meeting;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipMailDetails;
import org.mentorflow.people.Person;
import org.mentorflow.system.ProgrammeSettings;
import org.springframework.stereotype.Component;

/**
 * Mails sent by a meeting's steps show the meeting ({@code meeting}) and its time in the recipient's language and
 * the programme's zone ({@code meetingWhen}); other mails have neither.
 */
@Component
class MeetingMailDetails implements MentorshipMailDetails {

    private final Meetings meetings;
    private final ProgrammeSettings programme;

    MeetingMailDetails(Meetings meetings, ProgrammeSettings programme) {
        this.meetings = meetings;
        this.programme = programme;
    }

    @Override
    public void addTo(Map<String, Object> model, Mentorship mentorship, Person recipient, VariableScope process) {
        Long meetingId = MeetingProcess.MEETING_ID.get(process);
        Meeting meeting = meetingId == null ? null : meetings.get(meetingId);
        model.put("meeting", meeting);
        model.put("meetingWhen", meeting == null ? null : MeetingTimes.describe(meeting, recipient.getLocale(), programme.timeZone()));
    }
}
