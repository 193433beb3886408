package org.mentorflow.coordinatormail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.NewPerson;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.ProgrammeKind;
import org.mentorflow.programme.Programmes;
import org.mentorflow.registration.NewRegistration;
import org.mentorflow.registration.Registration;
import org.mentorflow.registration.RegistrationJourney;
import org.mentorflow.registration.RegistrationProcess;
import org.mentorflow.registration.RegistrationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Coordinators hear of their waiting tasks: in immediate mode one mail per new task, in daily mode one digest a
 * day. The shared database holds other tests' tasks and coordinators, so each check reads only the mails of the
 * coordinators made here, and the digest's coordinators sit in programme groups of their own.
 */
class CoordinatorTaskMailTest extends IntegrationTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final String MODE_OVERRIDE = "coordinator-mail-test";

    @Autowired
    RegistrationService registrations;
    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    Programmes programmes;
    @Autowired
    CoordinatorDigestSchedule schedule;
    @Autowired
    Clock clock;

    private final List<String> standaloneTasks = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        environment.getPropertySources().remove(MODE_OVERRIDE);
        standaloneTasks.forEach(id -> taskService.deleteTask(id, true));
    }

    @Test
    void immediateModeMailsEachCoordinatorOnceWhenAVerifyMentorTaskIsCreated() {
        Person english = people.coordinator();
        Person german = people.coordinator();
        german.setLanguage("de");
        german = people.save(german);
        mode("immediate");

        NewRegistration data = RegistrationJourney.newRegistration("en");
        Registration registration = RegistrationJourney.waitingForVerification(registrations, people, data, SMTP::getReceivedMessages);

        Task verify = taskService.createTaskQuery().processInstanceBusinessKey(registration.businessKey())
                .taskDefinitionKey(RegistrationProcess.TASK_VERIFY_MENTOR).singleResult();
        String candidate = peopleService.get(data.username()).getDisplayName();
        List<ReceivedMail> toEnglish = ReceivedMail.to(SMTP.getReceivedMessages(), english.getEmail());
        assertThat(toEnglish).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("A task is waiting: Verify mentor");
            assertThat(mail.text()).contains("Verify mentor", "Mentor candidate " + candidate, "Waiting since",
                    "http://mentorflow.test/camunda/app/tasklist/default/#/?task=" + verify.getId());
            assertThat(mail.html()).contains("Mentor candidate " + candidate,
                    "href=\"http://mentorflow.test/camunda/app/tasklist/default/#/?task=" + verify.getId() + "\"");
        });
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), german.getEmail())).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Eine Aufgabe wartet: Mentor:in verifizieren");
            assertThat(mail.text()).contains("Mentor-Kandidat:in " + candidate, "Wartet seit", "Aufgabe öffnen");
        });
    }

    @Test
    void dailyModeMailsNobodyWhenATaskIsCreated() {
        Person coordinator = people.coordinator();
        mode("daily");

        RegistrationJourney.waitingForVerification(registrations, people, RegistrationJourney.newRegistration("en"),
                SMTP::getReceivedMessages);

        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), coordinator.getEmail())).isEmpty();
    }

    @Test
    void theDigestListsTheWaitingTasksOnceADayAndNothingWhenNoneWait() {
        String group = programmeGroup();
        Person coordinator = groupMember(group, "en");
        Person colleague = groupMember(group, "de");
        Person idle = groupMember(programmeGroup(), "en");
        Task check = standaloneTask("Check the programme's dates", group, null);
        Task welcome = standaloneTask("Welcome the new mentors", group,
                Date.from(ZonedDateTime.of(2031, 3, 14, 12, 0, 0, 0, VIENNA).toInstant()));
        Task colleagues = standaloneTask("Answer the faculty", group, null);
        taskService.claim(colleagues.getId(), colleague.getId());
        at(2031, 3, 10, 8);

        runDigest();

        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), coordinator.getEmail())).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("2 tasks are waiting for you");
            assertThat(mail.text()).contains("Check the programme's dates", "Welcome the new mentors", "Due",
                    "http://mentorflow.test/camunda/app/tasklist/default/#/?task=" + check.getId(),
                    "http://mentorflow.test/camunda/app/tasklist/default/#/?task=" + welcome.getId())
                    .doesNotContain("Answer the faculty");
        });
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), colleague.getEmail())).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).as("their own claimed task too").isEqualTo("3 Aufgaben warten auf Sie");
            assertThat(mail.text()).contains("Answer the faculty", "Fällig");
        });
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), idle.getEmail())).as("nothing waits for them").isEmpty();

        at(2031, 3, 10, 20);
        runDigest();
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), coordinator.getEmail())).as("once a day").hasSize(1);

        at(2031, 3, 11, 8);
        runDigest();
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), coordinator.getEmail())).as("the next day").hasSize(2);
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), idle.getEmail())).isEmpty();
    }

    @Test
    void theDigestNamesWhatACoordinatorTaskIsAbout() {
        Person coordinator = people.coordinator();
        NewRegistration data = RegistrationJourney.newRegistration("en");
        RegistrationJourney.waitingForVerification(registrations, people, data, SMTP::getReceivedMessages);
        at(2031, 4, 2, 8);

        runDigest();

        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), coordinator.getEmail())).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("Verify mentor",
                        "Mentor candidate " + peopleService.get(data.username()).getDisplayName()));
    }

    @Test
    void immediateModeSendsNoDigest() {
        String group = programmeGroup();
        Person coordinator = groupMember(group, "en");
        standaloneTask("Check the programme's dates", group, null);
        mode("immediate");
        at(2031, 5, 6, 8);

        runDigest();

        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), coordinator.getEmail())).isEmpty();
    }

    @Test
    void theTimerFiresAtTheNextDigestHourInTheInstallationsZone() {
        at(2031, 7, 1, 6);
        assertThat(schedule.getCycle()).isEqualTo("R/2031-07-01T07:00:00+02:00/P1D");
        at(2031, 12, 1, 7);
        assertThat(schedule.getCycle()).isEqualTo("R/2031-12-02T07:00:00+01:00/P1D");
    }

    /** The timer job fires, as the job executor would at the digest hour, then the digest's own step runs. */
    private void runDigest() {
        Job timer = management.createJobQuery().processDefinitionKey(CoordinatorTaskDigestProcess.KEY).timers().singleResult();
        management.executeJob(timer.getId());
        for (Job step : management.createJobQuery().processDefinitionKey(CoordinatorTaskDigestProcess.KEY).messages().list()) {
            management.executeJob(step.getId());
        }
    }

    private void mode(String mode) {
        environment.getPropertySources().addFirst(new MapPropertySource(MODE_OVERRIDE,
                Map.of(CoordinatorMailSettings.MODE, mode)));
    }

    private static void at(int year, int month, int day, int hour) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, VIENNA).toInstant()));
    }

    /** A programme with a coordinators group of its own, which no other test's task names. */
    private String programmeGroup() {
        // Camunda takes letters and digits only as group ids
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String group = "programmecoordinators" + suffix;
        Programme programme = programmes.draft("digest-" + suffix, "Digest " + suffix, ProgrammeKind.CONTINUOUS, clock.instant());
        programme.setCoordinatorGroup(group);
        programmes.save(programme);
        Group camundaGroup = identity.newGroup(group);
        camundaGroup.setName("Coordinators of Digest " + suffix);
        identity.saveGroup(camundaGroup);
        return group;
    }

    private Person groupMember(String group, String language) {
        String id = "digest" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Person member = peopleService.register(new NewPerson(id, "Cleo", "Group" + id.substring(id.length() - 4),
                id + "@test.example", language, "secret", false, false));
        identity.createMembership(id, group);
        return member;
    }

    private Task standaloneTask(String name, String group, Date due) {
        Task task = taskService.newTask();
        task.setName(name);
        task.setDueDate(due);
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), group);
        standaloneTasks.add(task.getId());
        return task;
    }
}
