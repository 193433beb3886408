package org.mentorflow.registration;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.notifications.MailOutbox;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.system.ProgrammeSettings;
import org.mentorflow.system.ProcessVariable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mails the registered person, in their language; registration.bpmn and alumni-access.bpmn both use it. Input
 * parameters from the model: {@link #MAIL} and optionally {@link #LINK}. The coordinator's message and access
 * code come from the step that decided them.
 */
@Component("sendRegistrationMail")
class SendRegistrationMail implements JavaDelegate {

    /** Input parameter: the template, templates/mail/NAME.html and .txt. */
    static final ProcessVariable<String> MAIL = ProcessVariable.of("mail", String.class);
    /**
     * Input parameter (optional): {@value #VERIFICATION_LINK} puts a fresh verification link into the mail (the only
     * place its secret ever appears).
     */
    static final ProcessVariable<String> LINK = ProcessVariable.of("link", String.class);
    static final String VERIFICATION_LINK = "verification";

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
        String template = MAIL.getLocal(execution);
        long registrationId = RegistrationProcess.REGISTRATION_ID.get(execution);
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
        model.put("mentorMessage", text(RegistrationProcess.MENTOR_MESSAGE.get(execution)));
        model.put("accessMessage", text(AlumniAccessProcess.ACCESS_MESSAGE.get(execution)));
        model.put("accessCode", text(AlumniAccessProcess.ACCESS_CODE.get(execution)));
        if (VERIFICATION_LINK.equals(LINK.getLocal(execution))) {
            Duration validFor = Duration.parse(RegistrationProcess.VERIFICATION_EXPIRES_AFTER.get(execution));
            model.put("verificationLink", baseUrl + "/register/verify/"
                    + registrations.issueVerificationToken(registrationId, validFor));
            model.put("expiresAfterDays", validFor.toDays());
        }
        // stable across retries of this step, distinct for every other pass through the model
        String key = "registration/" + registrationId + "/" + execution.getActivityInstanceId();
        outbox.queue(key, template, recipient, model, programme.name());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
