package org.mentorflow.registration;

import static org.mentorflow.registration.RegistrationProcess.*;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.documents.DocumentInfo;
import org.mentorflow.documents.DocumentKind;
import org.mentorflow.documents.Documents;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.system.ProgrammeSettings;
import org.mentorflow.tasklist.TaskLanguage;
import org.mentorflow.tasklist.FormText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the candidate on the coordinator's "Verify mentor" task as task-local variables the form shows: name,
 * e-mail, the eligibility answers and a link to the document (the portal hands it to coordinators only). Never
 * the date of birth. When a rejected candidate uploads again, last round's decision is cleared so the form
 * opens empty, and the message the candidate got is shown instead. In the task's language (a group task's, until
 * claimed), as its form is.
 */
@Component("showMentorCandidate")
class ShowMentorCandidate implements TaskListener {

    private final RegistrationService registrations;
    private final PeopleService people;
    private final Documents documents;
    private final ZoneId zone;
    private final TaskLanguage language;
    private final MessageSource messages;

    ShowMentorCandidate(RegistrationService registrations, PeopleService people, Documents documents,
            ProgrammeSettings programme, TaskLanguage language, MessageSource messages) {
        this.registrations = registrations;
        this.people = people;
        this.documents = documents;
        this.zone = programme.timeZone();
        this.language = language;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Registration registration = registrations.get(REGISTRATION_ID.get(task));
        Person candidate = people.get(registration.getPersonId());
        Locale reader = language.prepareTextsFor(task);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(text("tasklist.day", reader), reader);
        CANDIDATE_NAME.setLocal(task, FormText.plain(candidate.getFullName()));
        CANDIDATE_EMAIL.setLocal(task, FormText.plain(candidate.getEmail()));
        CANDIDATE_REGISTERED_ON.setLocal(task, day.format(registration.getRegisteredAt().atZone(zone)));
        CANDIDATE_ROLES.setLocal(task, text(registration.isWantsMentee() ? "tasklist.candidate.roles.mentor-and-mentee" : "tasklist.candidate.roles.mentor", reader));
        ANSWER_ALUMNUS.setLocal(task, yesNo(registration.getAlumnus(), reader));
        ANSWER_YEARS.setLocal(task, String.valueOf(registration.getYearsAfterGraduation()));
        ANSWER_DOCTORATE.setLocal(task, yesNo(registration.getHoldsDoctorate(), reader));
        ANSWER_LEVELS.setLocal(task, levels(candidate, reader));
        DocumentInfo document = documents.latest(candidate.getId(), DocumentKind.VERIFICATION)
                .orElseThrow(() -> new IllegalStateException("Candidate " + candidate.getId() + " has no verification document"));
        DOCUMENT_NAME.setLocal(task, FormText.cell(document.fileName()));
        DOCUMENT_LINK.setLocal(task, document.downloadPath());
        DOCUMENT_TYPE.setLocal(task, text(document.contentType().endsWith("pdf") ? "tasklist.candidate.document.pdf" : "tasklist.candidate.document.jpeg", reader));
        DOCUMENT_UPLOADED_ON.setLocal(task, day.format(document.uploadedAt().atZone(zone)));
        boolean rejectedBefore = registration.getMentorDecision() == Registration.MentorDecision.REJECTED;
        PREVIOUS_REJECTION.setLocal(task, rejectedBefore
                ? text("tasklist.candidate.previous-rejection", reader, FormText.plain(registration.getMentorMessage())) : "");
        MENTOR_DECISION.remove(task.getExecution());
        MENTOR_MESSAGE.remove(task.getExecution());
    }

    private String yesNo(Boolean answer, Locale reader) {
        return text(Boolean.TRUE.equals(answer) ? "tasklist.yes" : "tasklist.no", reader);
    }

    private String levels(Person candidate, Locale reader) {
        return candidate.getMentoringLevels().stream().sorted()
                .map(level -> text("tasklist.candidate.level." + level.name(), reader)).collect(Collectors.joining(", "));
    }

    private String text(String code, Locale reader, Object... arguments) {
        return messages.getMessage(code, arguments, reader);
    }
}
