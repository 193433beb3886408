package org.mentorflow.tasklist;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The language a Tasklist task speaks to its reader: the assignee's own, or, for a group task nobody has claimed,
 * the installation's ({@code mentorflow.tasklist.group-task-language}). A create listener that writes texts for the
 * form asks {@link #prepareTextsFor} and the language is recorded on the task, so the form chosen later matches
 * those texts even after a coordinator with another language claims it.
 */
@Component
public class TaskLanguage {

    /** The languages every Tasklist form exists in; the first is the form without a suffix. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    /** Task-local: the language the task's prepared texts are in. */
    static final String RECORDED = "formLanguage";

    private final PeopleService people;
    private final Locale groupTaskLanguage;

    TaskLanguage(PeopleService people, @Value("${mentorflow.tasklist.group-task-language}") String groupTaskLanguage) {
        this.people = people;
        this.groupTaskLanguage = supported(groupTaskLanguage).orElse(Locale.ENGLISH);
    }

    /** The task's language: the one its texts were prepared in, else its assignee's, else the group tasks' one. */
    public Locale of(DelegateTask task) {
        if (task.getVariableLocal(RECORDED) instanceof String recorded) {
            return supported(recorded).orElse(groupTaskLanguage);
        }
        return task.getAssignee() == null ? groupTaskLanguage : languageOf(task.getAssignee());
    }

    /** For a create listener about to write the form's texts: the language to write them in, now fixed for the task. */
    public Locale prepareTextsFor(DelegateTask task) {
        Locale language = of(task);
        task.setVariableLocal(RECORDED, language.getLanguage());
        return language;
    }

    private Locale languageOf(String personId) {
        return people.find(personId).map(Person::getLocale).flatMap(locale -> supported(locale.getLanguage()))
                .orElse(groupTaskLanguage);
    }

    private static Optional<Locale> supported(String code) {
        return LANGUAGES.stream().filter(language -> language.getLanguage().equals(code)).findFirst();
    }
}
