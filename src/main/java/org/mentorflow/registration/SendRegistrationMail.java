package org.mentorflow.registration;

import static org.mentorflow.registration.RegistrationProcess.*;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.notifications.MailOutbox;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.ProgrammeSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mails the registered person, in their language. Input parameters from the model: {@code mail}, the template,
 * and optionally {@code link}: "verification" puts a fresh verification link into the mail (the only place its
 * secret ever appears). The coordinator's message and access code come from the step that decided them.
 */
@Component("sendRegistrationMail")
class SendRegistrationMail implements JavaDelegate {

    private final RegistrationService registrations;
    private final PeopleService people;
    private final MailOutbox outbox;
    private final ProgrammeSettings programme;
    private final String baseUrl;

    SendRegistrationMail(RegistrationService registrations, PeopleService people, MailOutbox outbox,
            ProgrammeSettings programme, @Value("${mentorflow.base-url}") String baseUrl) {
        this.registrations = registrations;
        this.people = people;
        this.outbox = outbox;
        this.programme = programme;
        this.baseUrl = baseUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = (String) execution.getVariableLocal("mail");
        long registrationId = (Long) execution.getVariable(REGISTRATION_ID);
        Registration registration = registrations.get(registrationId);
        Person recipient = people.get(registration.getPersonId());

        Map<String, Object> model = new HashMap<>();
        model.put("recipient", recipient);
        model.put("programme", programme.name());
        model.put("portalLink", baseUrl + "/");
        model.put("myLink", baseUrl + "/my");
        model.put("mentorsLink", baseUrl + "/mentors");
        model.put("uploadLink", baseUrl + "/register/mentor/document");
        model.put("newLinkPage", baseUrl + "/register/new-link");
        model.put("mentorMessage", text(execution.getVariable(MENTOR_MESSAGE)));
        model.put("accessMessage", text(execution.getVariable(ACCESS_MESSAGE)));
        model.put("accessCode", text(execution.getVariable(ACCESS_CODE)));
        if (LINK_VERIFICATION.equals(execution.getVariableLocal("link"))) {
            Duration validFor = Duration.parse((String) execution.getVariable(VERIFICATION_EXPIRES_AFTER));
            model.put("verificationLink", baseUrl + "/register/verify/"
                    + registrations.issueVerificationToken(registrationId, validFor));
            model.put("expiresAfterDays", validFor.toDays());
        }
        // stable across retries of this step, distinct for every other pass through the model
        String key = "registration/" + registrationId + "/" + execution.getActivityInstanceId();
        outbox.queue(key, template, recipient, model, programme.name());
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
