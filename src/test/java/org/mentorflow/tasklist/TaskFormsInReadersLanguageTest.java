package org.mentorflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mentor reads the request in their own language: Tasklist's form (as the engine resolves camunda:formRef for
 * Tasklist's list and for the form itself) and the texts the create listener prepared for it.
 */
class TaskFormsInReadersLanguageTest extends IntegrationTest {

    private static final String REVIEW_FORM = "review-mentorship-request";

    @Autowired
    MentorshipRequests requests;

    @Test
    void aGermanSpeakingMentorReadsTheGermanFormAndGermanTexts() throws IOException {
        Task review = reviewTaskOf(people.mentor(1, "de"));

        assertThat(formRefAsTasklistListsIt(review)).isEqualTo(REVIEW_FORM + "-de");
        assertThat(formService().getTaskFormData(review.getId()).getCamundaFormRef().getKey()).isEqualTo(REVIEW_FORM + "-de");
        JsonNode form = deployedForm(review);
        assertThat(form.path("id").asText()).isEqualTo(REVIEW_FORM + "-de");
        assertThat(form.toString()).contains("**Sprachen:** {{applicantLanguages}}");
        assertThat(taskService().getVariablesLocal(review.getId())).containsEntry("applicantLanguages", "Englisch")
                .containsEntry("applicantCv", "Kein Lebenslauf hochgeladen.");
        assertThat(review.getName()).as("the name Tasklist lists").isEqualTo("Mentoring-Anfrage prüfen");
    }

    @Test
    void anEnglishSpeakingMentorReadsTheEnglishFormAndEnglishTexts() throws IOException {
        Task review = reviewTaskOf(people.mentor(1, "en"));

        assertThat(formRefAsTasklistListsIt(review)).isEqualTo(REVIEW_FORM);
        JsonNode form = deployedForm(review);
        assertThat(form.path("id").asText()).isEqualTo(REVIEW_FORM);
        assertThat(form.toString()).contains("**Languages:** {{applicantLanguages}}");
        assertThat(taskService().getVariablesLocal(review.getId())).containsEntry("applicantLanguages", "English");
        assertThat(review.getName()).as("the model's own name").isEqualTo("Review mentorship request");
    }

    /** The texts were written for the first reader: handing the task on must not put them into a form of another language. */
    @Test
    void aTaskHandedOnKeepsTheLanguageItsTextsWereWrittenIn() {
        Task review = reviewTaskOf(people.mentor(1, "de"));

        taskService().setAssignee(review.getId(), people.coordinator().getId());

        assertThat(formRefAsTasklistListsIt(review)).isEqualTo(REVIEW_FORM + "-de");
        assertThat(taskQuery().taskId(review.getId()).singleResult().getName()).isEqualTo("Mentoring-Anfrage prüfen");
    }

    @Test
    void everyTaskOfARunningMentorshipIsNamedInItsAssigneesLanguage() {
        Person mentee = people.mentee("de");
        Person mentor = people.mentor(1, "en");
        MentorshipJourney.running(requests, mentee, mentor);

        assertThat(taskQuery().taskAssignee(mentee.getId()).list()).extracting(Task::getName)
                .contains("Treffen vorschlagen").doesNotContain("Propose a meeting");
        assertThat(taskQuery().taskAssignee(mentor.getId()).list()).extracting(Task::getName)
                .doesNotContain("Treffen vorschlagen", "Mentoring abschließen");
    }

    private Task reviewTaskOf(Person mentor) {
        Person mentee = people.mentee("en");
        return task(MentorshipJourney.requestedAndMailed(requests, mentee, mentor));
    }

    private static String formRefAsTasklistListsIt(Task task) {
        return taskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getCamundaFormRef().getKey();
    }

    private static JsonNode deployedForm(Task task) throws IOException {
        try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
            return new ObjectMapper().readTree(form);
        }
    }
}
