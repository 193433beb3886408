package org.mentorflow.tasklist;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;

/**
 * The bean "forms" for engine-only tests, where no people exist: every task reads its English form, which is what
 * those tests deploy. Register it as {@code Mocks.register("forms", FormsInEnglish.standIn())}.
 */
public final class FormsInEnglish {

    private FormsInEnglish() {
    }

    public static TasklistForms standIn() {
        TaskLanguage english = mock(TaskLanguage.class);
        when(english.of(any())).thenReturn(Locale.ENGLISH);
        return new TasklistForms(english);
    }
}
