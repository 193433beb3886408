package org.mentorflow.registration;

import static org.mentorflow.registration.AlumniAccessProcess.*;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.system.ProgrammeSettings;
import org.mentorflow.tasklist.TaskLanguage;
import org.mentorflow.tasklist.FormText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts the mentee asking for alumni access on the coordinator's task: name, e-mail and their note, in the task's language. */
@Component("showAccessRequest")
class ShowAccessRequest implements TaskListener {

    private final RegistrationService registrations;
    private final PeopleService people;
    private final ZoneId zone;
    private final TaskLanguage language;
    private final MessageSource messages;

    ShowAccessRequest(RegistrationService registrations, PeopleService people, ProgrammeSettings programme,
            TaskLanguage language, MessageSource messages) {
        this.registrations = registrations;
        this.people = people;
        this.zone = programme.timeZone();
        this.language = language;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Registration registration = registrations.get(REGISTRATION_ID.get(task));
        Person mentee = people.get(registration.getPersonId());
        Locale reader = language.prepareTextsFor(task);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(messages.getMessage("tasklist.day", null, reader), reader);
        REQUESTER_NAME.setLocal(task, FormText.plain(mentee.getFullName()));
        REQUESTER_EMAIL.setLocal(task, FormText.plain(mentee.getEmail()));
        REQUESTER_REGISTERED_ON.setLocal(task, day.format(registration.getRegisteredAt().atZone(zone)));
        REQUEST_NOTE.setLocal(task, registration.getAccessNote() == null
                ? messages.getMessage("tasklist.access.no-note", null, reader) : FormText.plain(registration.getAccessNote()));
    }
}
