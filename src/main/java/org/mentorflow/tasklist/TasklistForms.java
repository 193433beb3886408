package org.mentorflow.tasklist;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Chooses a user task's Camunda Form in its reader's language. Camunda Forms have no translations, so each form in
 * forms/ exists once per language ({@code propose-meeting}, {@code propose-meeting-de}), and a model names the form
 * as {@code camunda:formRef="${forms.inLanguageOf(task, 'propose-meeting')}"}: the engine evaluates formRef with the
 * task whenever Tasklist or the REST API asks for the form, so it follows the task's {@link TaskLanguage}.
 */
@Component("forms")
public class TasklistForms {

    private final TaskLanguage language;

    TasklistForms(TaskLanguage language) {
        this.language = language;
    }

    /** The id of the form {@code form} (the English one's id) in the language of the task. */
    public String inLanguageOf(DelegateTask task, String form) {
        return id(form, language.of(task));
    }

    /** The id of a form's copy in a language: English keeps the plain id, others add their language code. */
    public static String id(String form, Locale language) {
        return TaskLanguage.LANGUAGES.get(0).equals(language) ? form : form + "-" + language.getLanguage();
    }
}
