package org.mentorflow.mentorship.agreement;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipMailDetails;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Component;

/** Mails about a mentorship show its latest agreement version ({@code agreement}; none before the first proposal). */
@Component
class AgreementMailDetails implements MentorshipMailDetails {

    private final Agreements agreements;

    AgreementMailDetails(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void addTo(Map<String, Object> model, Mentorship mentorship, Person recipient, VariableScope process) {
        model.put("agreement", agreements.latest(mentorship.getId()).orElse(null));
    }
}
