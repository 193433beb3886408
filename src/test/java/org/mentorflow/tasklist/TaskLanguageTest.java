package org.mentorflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;

/** Which language a task speaks, without the application: people and tasks are stand-ins. */
class TaskLanguageTest {

    private final PeopleService people = mock(PeopleService.class);
    private final DelegateTask task = mock(DelegateTask.class);

    {
        when(people.find(anyString())).thenReturn(Optional.empty());
        person("david", "de");
        person("anna", "en");
        person("marco", "it");
    }

    @Test
    void aPersonsTaskSpeaksTheirLanguage() {
        when(task.getAssignee()).thenReturn("david");
        assertThat(inGroupTaskLanguage("en").of(task)).isEqualTo(Locale.GERMAN);
        when(task.getAssignee()).thenReturn("anna");
        assertThat(inGroupTaskLanguage("de").of(task)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aGroupTaskSpeaksTheInstallationsLanguage() {
        assertThat(inGroupTaskLanguage("de").of(task)).isEqualTo(Locale.GERMAN);
        assertThat(inGroupTaskLanguage("en").of(task)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aLanguageWithoutFormsOrAnUnknownPersonFallsBackToTheInstallationsLanguage() {
        when(task.getAssignee()).thenReturn("marco");
        assertThat(inGroupTaskLanguage("de").of(task)).isEqualTo(Locale.GERMAN);
        when(task.getAssignee()).thenReturn("nobody");
        assertThat(inGroupTaskLanguage("de").of(task)).isEqualTo(Locale.GERMAN);
    }

    @Test
    void textsPreparedForAGroupTaskKeepItsFormInTheirLanguageWhenSomeoneClaimsIt() {
        TaskLanguage language = inGroupTaskLanguage("en");
        assertThat(language.prepareTextsFor(task)).isEqualTo(Locale.ENGLISH);
        verify(task).setVariableLocal(TaskLanguage.RECORDED, "en");

        when(task.getVariableLocal(TaskLanguage.RECORDED)).thenReturn("en");
        when(task.getAssignee()).thenReturn("david");
        assertThat(language.of(task)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theFormsIdNamesItsLanguageExceptInEnglish() {
        TasklistForms forms = new TasklistForms(inGroupTaskLanguage("en"));
        assertThat(forms.inLanguageOf(task, "verify-mentor")).isEqualTo("verify-mentor");
        when(task.getAssignee()).thenReturn("david");
        assertThat(forms.inLanguageOf(task, "propose-meeting")).isEqualTo("propose-meeting-de");
    }

    private TaskLanguage inGroupTaskLanguage(String code) {
        return new TaskLanguage(people, code);
    }

    private void person(String id, String language) {
        Person person = new Person(id, id, "Test", id + "@test.example", language, Instant.EPOCH);
        when(people.find(id)).thenReturn(Optional.of(person));
    }
}
