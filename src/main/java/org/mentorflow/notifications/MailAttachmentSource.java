package org.mentorflow.notifications;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.mentorflow.people.Person;

/**
 * Supplies the files a mail carries, by bean name: a mail step in a model names it in its {@code attach}
 * input parameter (for example {@code certificate} or {@code calendarInvitation}). Each source reads the one
 * variable it needs from the step, by its declared type (the mentorship's id, the meeting's id).
 */
public interface MailAttachmentSource {

    /**
     * @param recipient who receives the mail
     * @param step      the step that sends it, to read the id the files belong to
     */
    List<MailAttachment> attachmentsFor(Person recipient, VariableScope step);
}
