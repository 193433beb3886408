package org.mentorflow.mentorship.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.mentorflow.notifications.MailAttachment;
import org.mentorflow.notifications.MailAttachmentSource;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Component;

/** An iCalendar file (RFC 5545) for the meeting, so it lands in both calendars. */
@Component("calendarInvitation")
class CalendarInvitation implements MailAttachmentSource {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

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
        String ics = String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//MentorFlow//Mentoring meetings//EN",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:meeting-" + meeting.getId() + "@mentorflow",
                "DTSTAMP:" + UTC.format(clock.instant()),
                "DTSTART:" + UTC.format(meeting.getStartsAt()),
                "DTEND:" + UTC.format(meeting.getEndsAt()),
                "SUMMARY:" + text("Mentoring: " + recipient.getDisplayName() + " & " + partner.getDisplayName()),
                "LOCATION:" + text(meeting.getPlace()),
                "DESCRIPTION:" + text(meeting.getTopic() == null ? "" : meeting.getTopic()),
                "END:VEVENT",
                "END:VCALENDAR", "");
        return List.of(new MailAttachment("meeting.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                ics.getBytes(StandardCharsets.UTF_8)));
    }

    /** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

}
