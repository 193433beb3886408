package org.mentorflow.mentorship.request;

import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.documents.DocumentKind;
import org.mentorflow.documents.Documents;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.FieldOfStudy;
import org.mentorflow.people.Person;
import org.mentorflow.tasklist.TaskLanguage;
import org.mentorflow.tasklist.FormText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the mentee's application on the review task, as task-local variables the form displays. They live
 * with the task only (not the process), hold nothing beyond what the mentor may see, and never the date of
 * birth or contact details. In the mentor's language, as the form is (e.g. "Sprachen: Englisch").
 */
@Component("showApplication")
class ShowApplicationListener implements TaskListener {

    private final Mentorships mentorships;
    private final Documents documents;
    private final TaskLanguage language;
    private final MessageSource messages;

    ShowApplicationListener(Mentorships mentorships, Documents documents, TaskLanguage language, MessageSource messages) {
        this.mentorships = mentorships;
        this.documents = documents;
        this.language = language;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Mentorship mentorship = mentorships.get(MENTORSHIP_ID.get(task));
        Person mentee = mentorship.getMentee();
        APPLICANT_NAME.setLocal(task, FormText.plain(mentee.getDisplayName()));
        APPLICANT_FIELDS_OF_STUDY.setLocal(task, mentee.getFieldsOfStudy().stream()
                .map(ShowApplicationListener::withCategory).collect(Collectors.joining(", ")));
        Locale reader = language.prepareTextsFor(task);
        APPLICANT_LANGUAGES.setLocal(task, mentee.getSpokenLanguages().stream()
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(reader)).collect(Collectors.joining(", ")));
        APPLICANT_LOCATION.setLocal(task, FormText.plain(mentee.getLocation()));
        APPLICANT_MY_DATA.setLocal(task, FormText.plain(mentee.getMyData()));
        APPLICANT_CURRENT_SITUATION.setLocal(task, FormText.plain(mentee.getCurrentSituation()));
        APPLICANT_GOALS.setLocal(task, FormText.plain(mentee.getGoals()));
        APPLICANT_HELP_WISHED.setLocal(task, FormText.plain(mentee.getHelpWished()));
        // a Markdown link the form shows; the download lets this mentor in (MentorsReadApplicantCvs)
        APPLICANT_CV.setLocal(task, documents.latest(mentee.getId(), DocumentKind.CV)
                .map(cv -> "[" + FormText.cell(cv.fileName()) + "](" + cv.downloadPath() + ")")
                .orElse(messages.getMessage("tasklist.application.no-cv", null, reader)));
        REQUEST_MESSAGE.setLocal(task, FormText.plain(mentorship.getRequestMessage()));
    }

    private static String withCategory(FieldOfStudy field) {
        return field.getCategory() == null ? field.getName() : field.getName() + " (" + field.getCategory().getName() + ")";
    }
}
