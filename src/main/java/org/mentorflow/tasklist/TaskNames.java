package org.mentorflow.tasklist;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A user task's name in a language: {@code task.name.<task id>} in i18n/tasklist_<language>, or the model's own
 * (English) name when there is no translation. Tasklist's list and the coordinators' mails say the same.
 */
@Component
public class TaskNames {

    /** Message key of a task's name: task.name.Task_ReviewRequest. */
    static final String KEY_PREFIX = "task.name.";

    private final MessageSource messages;

    TaskNames(MessageSource messages) {
        this.messages = messages;
    }

    /** The name of the task {@code taskDefinitionKey} in {@code language}; {@code modelName} if none is translated. */
    public String in(Locale language, String taskDefinitionKey, String modelName) {
        String name = taskDefinitionKey == null ? null
                : messages.getMessage(KEY_PREFIX + taskDefinitionKey, null, null, language);
        return name != null ? name : modelName;
    }
}
