package org.mentorflow.cohort;

import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.people.Person;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.mentorflow.tasklist.TaskLanguage;
import org.mentorflow.tasklist.FormText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the placement picture on "Place unmatched students" as task-local Markdown (it leaves with the task): the
 * students still without a mentor with a suggestion each, the mentors with free places, and the link to the
 * portal's placements page, where the coordinator chooses. In the task's language, as its form is.
 */
@Component("showPlacements")
class ShowPlacementsListener implements TaskListener {

    private final Placements placements;
    private final MessageSource messages;
    private final String baseUrl;
    private final TaskLanguage language;

    ShowPlacementsListener(Placements placements, MessageSource messages, @Value("${mentorflow.base-url}") String baseUrl,
            TaskLanguage language) {
        this.placements = placements;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.language = language;
    }

    @Override
    public void notify(DelegateTask task) {
        long programmeId = CohortProgrammeProcess.PROGRAMME_ID.get(task);
        CohortProgrammeProcess.PLACEMENT_OVERVIEW.setLocal(task, markdown(placements.overview(programmeId),
                language.prepareTextsFor(task)));
    }

    String markdown(Placements.Overview overview, Locale locale) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(text("cohort.placements.students", locale, overview.students().size())).append("**\n\n");
        if (overview.students().isEmpty()) {
            md.append(text("cohort.placements.no-students", locale)).append("\n\n");
        } else {
            md.append("| ").append(text("cohort.placements.student", locale)).append(" | ")
                    .append(text("cohort.placements.languages", locale)).append(" | ")
                    .append(text("cohort.placements.suggestion", locale)).append(" |\n|---|---|---|\n");
            for (Placements.Student student : overview.students()) {
                md.append("| ").append(cell(student.person().getDisplayName()))
                        .append(" | ").append(cell(student.person().getSpokenLanguages().stream()
                                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale)).collect(Collectors.joining(", "))))
                        .append(" | ").append(student.suggestion() == null ? text("cohort.placements.no-suggestion", locale)
                                : cell(student.suggestion().mentor().getDisplayName()))
                        .append(" |\n");
            }
            md.append('\n');
        }
        md.append("**").append(text("cohort.placements.mentors", locale, overview.mentors().size())).append("**\n\n");
        for (Placements.Mentor mentor : overview.mentors()) {
            md.append("- ").append(cell(mentor.person().getDisplayName())).append(": ")
                    .append(text("cohort.placements.places", locale, mentor.places()))
                    .append(mentor.levels().isEmpty() ? "" : ", " + mentor.levels().stream().map(level -> text("level." + level.name(), locale)).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        md.append('\n').append(text("cohort.placements.choose-on-portal", locale,
                baseUrl + "/coordinator/programmes/" + overview.programme().getId() + "/placements"));
        return md.toString();
    }

    private String text(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    /** A table cell of a person's text: one line, no Markdown or HTML of its own. */
    static String cell(String value) {
        return FormText.cell(value);
    }

    static String name(Person person) {
        return cell(person.getDisplayName());
    }
}
