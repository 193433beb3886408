package org.mentorflow.notifications;

import java.util.List;
import java.util.Map;
import org.mentorflow.people.Person;

/**
 * Supplies the files a mail carries, by bean name: a mail step in a model names it in its {@code attach}
 * input parameter (for example {@code certificate} or {@code calendarInvitation}).
 */
public interface MailAttachmentSource {

    /**
     * @param recipient        who receives the mail
     * @param processVariables the variables of the step that sends it (ids such as mentorshipId, meetingId)
     */
    List<MailAttachment> attachmentsFor(Person recipient, Map<String, Object> processVariables);
}
