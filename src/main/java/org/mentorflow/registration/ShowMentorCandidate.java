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
import org.springframework.stereotype.Component;

/**
 * Puts the candidate on the coordinator's "Verify mentor" task as task-local variables the form shows: name,
 * e-mail, the eligibility answers and a link to the document (the portal hands it to coordinators only). Never
 * the date of birth. When a rejected candidate uploads again, last round's decision is cleared so the form
 * opens empty, and the message the candidate got is shown instead.
 */
@Component("showMentorCandidate")
class ShowMentorCandidate implements TaskListener {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final RegistrationService registrations;
    private final PeopleService people;
    private final Documents documents;
    private final ZoneId zone;

    ShowMentorCandidate(RegistrationService registrations, PeopleService people, Documents documents,
            ProgrammeSettings programme) {
        this.registrations = registrations;
        this.people = people;
        this.documents = documents;
        this.zone = programme.timeZone();
    }

    @Override
    public void notify(DelegateTask task) {
        Registration registration = registrations.get(REGISTRATION_ID.get(task));
        Person candidate = people.get(registration.getPersonId());
        CANDIDATE_NAME.setLocal(task, candidate.getFullName());
        CANDIDATE_EMAIL.setLocal(task, candidate.getEmail());
        CANDIDATE_REGISTERED_ON.setLocal(task, DAY.format(registration.getRegisteredAt().atZone(zone)));
        CANDIDATE_ROLES.setLocal(task, registration.isWantsMentee() ? "mentor and mentee" : "mentor");
        ANSWER_ALUMNUS.setLocal(task, yesNo(registration.getAlumnus()));
        ANSWER_YEARS.setLocal(task, String.valueOf(registration.getYearsAfterGraduation()));
        ANSWER_DOCTORATE.setLocal(task, yesNo(registration.getHoldsDoctorate()));
        ANSWER_LEVELS.setLocal(task, levels(candidate));
        DocumentInfo document = documents.latest(candidate.getId(), DocumentKind.VERIFICATION)
                .orElseThrow(() -> new IllegalStateException("Candidate " + candidate.getId() + " has no verification document"));
        DOCUMENT_NAME.setLocal(task, document.fileName());
        DOCUMENT_LINK.setLocal(task, document.downloadPath());
        DOCUMENT_TYPE.setLocal(task, document.contentType().endsWith("pdf") ? "PDF" : "JPEG image");
        DOCUMENT_UPLOADED_ON.setLocal(task, DAY.format(document.uploadedAt().atZone(zone)));
        boolean rejectedBefore = registration.getMentorDecision() == Registration.MentorDecision.REJECTED;
        PREVIOUS_REJECTION.setLocal(task, rejectedBefore ? "You rejected an earlier document: "
                + registration.getMentorMessage() : "");
        MENTOR_DECISION.remove(task.getExecution());
        MENTOR_MESSAGE.remove(task.getExecution());
    }

    private static String yesNo(Boolean answer) {
        return Boolean.TRUE.equals(answer) ? "yes" : "no";
    }

    private static String levels(Person candidate) {
        return candidate.getMentoringLevels().stream().sorted().map(level -> switch (level) {
            case MASTERS -> "master's students";
            case DOCTORAL -> "doctoral students";
        }).collect(Collectors.joining(", "));
    }
}
