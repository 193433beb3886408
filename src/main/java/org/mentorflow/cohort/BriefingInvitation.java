package org.mentorflow.cohort;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.mentorflow.notifications.CalendarFile;
import org.mentorflow.notifications.MailAttachment;
import org.mentorflow.notifications.MailAttachmentSource;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Briefing;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.springframework.stereotype.Component;

/** The calendar file of a briefing: its place on campus, or its link online (as URL and as the location). */
@Component("briefingInvitation")
class BriefingInvitation implements MailAttachmentSource {

    private final CohortData data;
    private final Clock clock;

    BriefingInvitation(CohortData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public List<MailAttachment> attachmentsFor(Person recipient, VariableScope step) {
        Briefing briefing = data.briefing(CohortProgrammeProcess.BRIEFING_ID.get(step));
        boolean online = briefing.getPlace() == null || briefing.getPlace().isBlank();
        CalendarFile file = new CalendarFile("briefing-" + briefing.getId() + "@mentorflow", briefing.getStartsAt(),
                briefing.getEndsAt(), briefing.getTitle(), online ? briefing.getLink() : briefing.getPlace(),
                briefing.getLink(), null);
        return List.of(file.attachment("briefing.ics", clock.instant()));
    }
}
