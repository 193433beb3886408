package org.mentorflow.registration;

import static org.mentorflow.registration.RegistrationProcess.*;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.documents.DocumentInfo;
import org.mentorflow.documents.DocumentKind;
import org.mentorflow.documents.Documents;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.ProgrammeSettings;
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
        Registration registration = registrations.get((Long) task.getVariable(REGISTRATION_ID));
        Person candidate = people.get(registration.getPersonId());
        task.setVariableLocal("candidateName", candidate.getFullName());
        task.setVariableLocal("candidateEmail", candidate.getEmail());
        task.setVariableLocal("registeredOn", DAY.format(registration.getRegisteredAt().atZone(zone)));
        task.setVariableLocal("candidateRoles", registration.isWantsMentee() ? "mentor and mentee" : "mentor");
        task.setVariableLocal("answerAlumnus", yesNo(registration.getAlumnus()));
        task.setVariableLocal("answerYears", String.valueOf(registration.getYearsAfterGraduation()));
        task.setVariableLocal("answerDoctorate", yesNo(registration.getHoldsDoctorate()));
        task.setVariableLocal("answerLevels", levels(candidate));
        DocumentInfo document = documents.latest(candidate.getId(), DocumentKind.VERIFICATION)
                .orElseThrow(() -> new IllegalStateException("Candidate " + candidate.getId() + " has no verification document"));
        task.setVariableLocal("documentName", document.fileName());
        task.setVariableLocal("documentLink", document.downloadPath());
        task.setVariableLocal("documentType", document.contentType().endsWith("pdf") ? "PDF" : "JPEG image");
        task.setVariableLocal("documentUploadedOn", DAY.format(document.uploadedAt().atZone(zone)));
        boolean rejectedBefore = registration.getMentorDecision() == Registration.MentorDecision.REJECTED;
        task.setVariableLocal("previousRejection", rejectedBefore ? "You rejected an earlier document: "
                + registration.getMentorMessage() : "");
        task.getExecution().removeVariables(List.of(MENTOR_DECISION, MENTOR_MESSAGE));
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
