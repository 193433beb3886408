package org.mentorflow.coordinatormail;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.mentorflow.programme.Programmes;
import org.mentorflow.registration.RegistrationProcess;
import org.mentorflow.registration.RegistrationService;
import org.mentorflow.system.ProcessVariable;
import org.mentorflow.tasklist.TaskNames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Describes a waiting task for a coordinator's mail: its name in their language, what it is about (read from the
 * task's process variables mentorshipId, registrationId or programmeId; names come from their features, the
 * engine holds only ids), since when it waits, its due date, and a link: a mentorship's task page in the portal,
 * else the task in Tasklist.
 */
@Component
class WaitingTasks {

    private static final ProcessVariable<Long> MENTORSHIP_ID = MentorshipProcess.MENTORSHIP_ID;
    private static final ProcessVariable<Long> REGISTRATION_ID = RegistrationProcess.REGISTRATION_ID;
    private static final ProcessVariable<Long> PROGRAMME_ID = CohortProgrammeProcess.PROGRAMME_ID;

    /** The facts of a task, from the engine's task or from the task being created. */
    record Facts(String id, String definitionKey, String name, Date createdAt, Date dueAt, String processDefinitionId,
            Function<ProcessVariable<Long>, Long> variable) {
    }

    private final TaskNames names;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final Mentorships mentorships;
    private final RegistrationService registrations;
    private final PeopleService people;
    private final Programmes programmes;
    private final MessageSource messages;
    private final CoordinatorMailSettings settings;
    private final String baseUrl;

    WaitingTasks(TaskNames names, TaskService tasks, RepositoryService repository, Mentorships mentorships,
            RegistrationService registrations, PeopleService people, Programmes programmes, MessageSource messages,
            CoordinatorMailSettings settings, @Value("${mentorflow.base-url}") String baseUrl) {
        this.names = names;
        this.tasks = tasks;
        this.repository = repository;
        this.mentorships = mentorships;
        this.registrations = registrations;
        this.people = people;
        this.programmes = programmes;
        this.messages = messages;
        this.settings = settings;
        this.baseUrl = baseUrl;
    }

    Facts of(DelegateTask task) {
        return new Facts(task.getId(), task.getTaskDefinitionKey(), modelName(task), task.getCreateTime(),
                task.getDueDate(), task.getProcessDefinitionId(), variable -> variable.get(task));
    }

    Facts of(Task task) {
        return new Facts(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getCreateTime(),
                task.getDueDate(), task.getProcessDefinitionId(), variable -> {
                    Map<String, Object> values = tasks.getVariables(task.getId(), List.of(variable.name()));
                    return variable.from(values);
                });
    }

    WaitingTask describe(Facts task, Locale language) {
        Long mentorshipId = task.variable().apply(MENTORSHIP_ID);
        String link = mentorshipId != null ? baseUrl + "/mentorships/" + mentorshipId + "/task"
                : baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.id();
        return new WaitingTask(names.in(language, task.definitionKey(), task.name()), about(task, mentorshipId, language),
                written(task.createdAt(), language), written(task.dueAt(), language), link);
    }

    private String about(Facts task, Long mentorshipId, Locale language) {
        if (mentorshipId != null) {
            Mentorship mentorship = mentorships.get(mentorshipId);
            return text("coordinator-mail.about.mentorship", language, mentorship.getMentee().getDisplayName(),
                    mentorship.getMentor().getDisplayName());
        }
        Long registrationId = task.variable().apply(REGISTRATION_ID);
        if (registrationId != null) {
            String personId = registrations.get(registrationId).getPersonId();
            String name = people.find(personId).map(Person::getDisplayName).orElse(personId);
            return text("coordinator-mail.about.candidate", language, name);
        }
        Long programmeId = task.variable().apply(PROGRAMME_ID);
        if (programmeId != null) {
            return text("coordinator-mail.about.programme", language, programmes.get(programmeId).getName());
        }
        return task.processDefinitionId() == null ? null
                : repository.getProcessDefinition(task.processDefinitionId()).getName();
    }

    private String text(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, language);
    }

    private String written(Date date, Locale language) {
        return date == null ? null : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language).withZone(settings.timeZone()).format(date.toInstant());
    }

    private static String modelName(DelegateTask task) {
        return task.getBpmnModelElementInstance() == null ? task.getName() : task.getBpmnModelElementInstance().getName();
    }
}
