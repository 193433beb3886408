package org.mentorflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.meeting.MeetingProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A form check that refuses an answer reaches whoever sent it as a plain sentence with a 4xx, over both REST apps
 * (Tasklist's webapp API and /engine-rest), never as a 500 with an engine code; Java callers get the refusal's own
 * type.
 */
class RefusalsOverRestTest extends IntegrationTest {

    private static final String PAST_MEETING = """
            {"variables": {"meetingStartsAt": {"value": "2020-01-06T10:00", "type": "String"},
              "meetingDurationMinutes": {"value": 60, "type": "Integer"},
              "meetingPlace": {"value": "Online", "type": "String"}, "meetingTopic": {"value": "CV", "type": "String"}}}
            """;
    private static final String PAST_MEETING_NOWHERE = """
            {"variables": {"meetingStartsAt": {"value": "2020-01-06T10:00", "type": "String"},
              "meetingDurationMinutes": {"value": 60, "type": "Integer"}}}
            """;
    private static final String IN_THE_PAST = "The meeting must lie in the future.";
    private static final String IN_THE_PAST_DE = "Das Treffen muss in der Zukunft liegen.";
    private static final String NOWHERE_DE = "Geben Sie an, wo Sie sich treffen: einen Ort oder einen Online-Link.";

    @Autowired
    MentorshipRequests requests;

    private Person mentee;
    private Task propose;

    @BeforeEach
    void aMenteeProposesAMeeting() {
        people.admin(); // Camunda's webapps open only once an administrator exists
        mentee = people.mentee();
        var mentorship = MentorshipJourney.runningSince(MentorshipJourney.START, requests, mentee, people.mentor(1));
        propose = processEngine.getTaskService().createTaskQuery().processInstanceId(mentorship.getId())
                .taskDefinitionKey(MeetingProcess.TASK_PROPOSE_MEETING).singleResult();
    }

    @Test
    void engineRestAnswersARefusedFormWith400AndTheSentence() {
        for (String action : new String[] {"submit-form", "complete"}) {
            HttpResponse<String> answer = postJson("/engine-rest/task/" + propose.getId() + "/" + action,
                    mentee.getId(), "secret", "en", PAST_MEETING);

            assertRefused(answer, IN_THE_PAST);
        }
    }

    @Test
    void tasklistsApiAnswersARefusedFormWith400AndTheSentence() {
        BrowserSession tasklist = BrowserSession.loggedIn(port, mentee.getId(), "secret");

        HttpResponse<String> answer = tasklist.postCamundaJson(
                "/camunda/api/engine/engine/default/task/" + propose.getId() + "/submit-form", PAST_MEETING);

        assertRefused(answer, IN_THE_PAST);
    }

    @Test
    void engineRestAnswersAGermanReaderInGerman() {
        HttpResponse<String> answer = postJson("/engine-rest/task/" + propose.getId() + "/submit-form",
                mentee.getId(), "secret", "de", PAST_MEETING);

        assertRefused(answer, IN_THE_PAST_DE);
        assertThat(answer.body()).doesNotContain(IN_THE_PAST);
    }

    @Test
    void severalProblemsReachAGermanReaderAsOneParagraph() {
        HttpResponse<String> answer = postJson("/engine-rest/task/" + propose.getId() + "/complete",
                mentee.getId(), "secret", "de", PAST_MEETING_NOWHERE);

        assertRefused(answer, IN_THE_PAST_DE + " " + NOWHERE_DE);
    }

    @Test
    void tasklistsApiAnswersAGermanReaderInGerman() {
        BrowserSession tasklist = BrowserSession.loggedIn(port, mentee.getId(), "secret").inLanguage("de");

        HttpResponse<String> answer = tasklist.postCamundaJson(
                "/camunda/api/engine/engine/default/task/" + propose.getId() + "/submit-form", PAST_MEETING);

        assertRefused(answer, IN_THE_PAST_DE);
        assertThat(answer.body()).doesNotContain(IN_THE_PAST);
    }

    @Test
    void javaCallersGetTheRefusalItself() {
        assertThatThrownBy(() -> processEngine.getTaskService().complete(propose.getId(), Map.of(
                "meetingStartsAt", "2020-01-06T10:00", "meetingDurationMinutes", 60, "meetingPlace", "Online")))
                .isInstanceOf(StepRefusedException.class)
                .hasMessage(IN_THE_PAST);
    }

    static void assertRefused(HttpResponse<String> answer, String sentence) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("ENGINE-").contains("\"message\":\"" + sentence + "\"");
    }
}
