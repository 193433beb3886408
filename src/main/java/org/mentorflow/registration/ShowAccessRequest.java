package org.mentorflow.registration;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.ProgrammeSettings;
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
        Registration registration = registrations.get((Long) task.getVariable(RegistrationProcess.REGISTRATION_ID));
        Person mentee = people.get(registration.getPersonId());
        task.setVariableLocal("requesterName", mentee.getFullName());
        task.setVariableLocal("requesterEmail", mentee.getEmail());
        task.setVariableLocal("registeredOn", DAY.format(registration.getRegisteredAt().atZone(zone)));
        task.setVariableLocal("requestNote", registration.getAccessNote() == null ? "(no note)" : registration.getAccessNote());
    }
}
