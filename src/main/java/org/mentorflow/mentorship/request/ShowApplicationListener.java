package org.mentorflow.mentorship.request;

import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.documents.DocumentKind;
import org.mentorflow.documents.Documents;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.FieldOfStudy;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Component;

/**
 * Puts the mentee's application on the review task, as task-local variables the form displays. They live
 * with the task only (not the process), hold nothing beyond what the mentor may see, and never the date of
 * birth or contact details.
 */
@Component("showApplication")
class ShowApplicationListener implements TaskListener {

    private final Mentorships mentorships;
    private final Documents documents;

    ShowApplicationListener(Mentorships mentorships, Documents documents) {
        this.mentorships = mentorships;
        this.documents = documents;
    }

    @Override
    public void notify(DelegateTask task) {
        Mentorship mentorship = mentorships.get((Long) task.getVariable(MentorshipProcess.MENTORSHIP_ID));
        Person mentee = mentorship.getMentee();
        task.setVariableLocal("applicantName", mentee.getDisplayName());
        task.setVariableLocal("applicantFieldsOfStudy", mentee.getFieldsOfStudy().stream()
                .map(ShowApplicationListener::withCategory).collect(Collectors.joining(", ")));
        Locale reader = mentorship.getMentor().getLocale();
        task.setVariableLocal("applicantLanguages", mentee.getSpokenLanguages().stream()
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(reader)).collect(Collectors.joining(", ")));
        task.setVariableLocal("applicantLocation", mentee.getLocation() == null ? "" : mentee.getLocation());
        task.setVariableLocal("applicantMyData", mentee.getMyData());
        task.setVariableLocal("applicantCurrentSituation", mentee.getCurrentSituation());
        task.setVariableLocal("applicantGoals", mentee.getGoals());
        task.setVariableLocal("applicantHelpWished", mentee.getHelpWished());
        // a Markdown link the form shows; the download lets this mentor in (MentorsReadApplicantCvs)
        task.setVariableLocal("applicantCv", documents.latest(mentee.getId(), DocumentKind.CV)
                .map(cv -> "[" + cv.fileName().replaceAll("[\\[\\]()]", "") + "](" + cv.downloadPath() + ")")
                .orElse("No CV uploaded."));
        task.setVariableLocal("requestMessage", mentorship.getRequestMessage() == null ? "" : mentorship.getRequestMessage());
    }

    private static String withCategory(FieldOfStudy field) {
        return field.getCategory() == null ? field.getName() : field.getName() + " (" + field.getCategory().getName() + ")";
    }
}
