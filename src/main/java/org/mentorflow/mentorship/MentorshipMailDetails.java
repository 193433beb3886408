package org.mentorflow.mentorship;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.mentorflow.people.Person;

/**
 * A stage's part of the mails about a mentorship: what its templates read besides the mentorship and the two
 * people (the agreement, the meeting). {@link SendMailDelegate} asks every part for each recipient's mail.
 */
public interface MentorshipMailDetails {

    /** Adds this stage's entries to the model of the mail to {@code recipient}, sent by a step of {@code process}. */
    void addTo(Map<String, Object> model, Mentorship mentorship, Person recipient, VariableScope process);
}
