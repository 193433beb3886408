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
import org.springframework.stereotype.Component;

/** Puts the mentee asking for alumni access on the coordinator's task: name, e-mail and their note. */
@Component("showAccessRequest")
class ShowAccessRequest implements TaskListener {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final RegistrationService registrations;
    private final PeopleService people;
    private final ZoneId zone;

    ShowAccessRequest(RegistrationService registrations, PeopleService people, ProgrammeSettings programme) {
        this.registrations = registrations;
        this.people = people;
        this.zone = programme.timeZone();
    }

    @Override
    public void notify(DelegateTask task) {
        Registration registration = registrations.get(REGISTRATION_ID.get(task));
        Person mentee = people.get(registration.getPersonId());
        REQUESTER_NAME.setLocal(task, mentee.getFullName());
        REQUESTER_EMAIL.setLocal(task, mentee.getEmail());
        REQUESTER_REGISTERED_ON.setLocal(task, DAY.format(registration.getRegisteredAt().atZone(zone)));
        REQUEST_NOTE.setLocal(task, registration.getAccessNote() == null ? "(no note)" : registration.getAccessNote());
    }
}
