package org.mentorflow.mentorship.meeting;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.mentorflow.notifications.CalendarFile;
import org.mentorflow.notifications.MailAttachment;
import org.mentorflow.notifications.MailAttachmentSource;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Component;

/** An iCalendar file (RFC 5545) for the meeting, so it lands in both calendars. */
@Component("calendarInvitation")
class CalendarInvitation implements MailAttachmentSource {

    private final Meetings meetings;
    private final Clock clock;

    CalendarInvitation(Meetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public List<MailAttachment> attachmentsFor(Person recipient, VariableScope step) {
        Meeting meeting = meetings.get(MeetingProcess.MEETING_ID.get(step));
        Person partner = meeting.getMentorship().partnerOf(recipient);
        CalendarFile file = new CalendarFile("meeting-" + meeting.getId() + "@mentorflow", meeting.getStartsAt(), meeting.getEndsAt(),
                "Mentoring: " + recipient.getDisplayName() + " & " + partner.getDisplayName(), meeting.getPlace(), null,
                meeting.getTopic());
        return List.of(file.attachment("meeting.ics", clock.instant()));
    }
}
