package org.mentorflow.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinator's survey page: standard questions copied in the programme's first language, questions added,
 * changed, reordered and removed, and the refusals that keep stored answers meaningful; plus what a deleted account
 * leaves of its answers.
 */
class SurveyQuestionsPageTest extends IntegrationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    Programmes programmes;
    @Autowired
    MentorshipRequests requests;
    @Autowired
    SurveyDataEraser eraser;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCoordinatorEditsTheQuestionsAndAnsweredOnesKeepTheirMeaning() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        Programme programme = SurveyCohort.create(programmes, NOW, "de", "en");
        String page = "/coordinator/programmes/" + programme.getId() + "/surveys";
        BrowserSession coordinator = BrowserSession.loggedIn(port, people.coordinator().getId(), "secret");

        // the first visit copies the standard questions, in the programme's first language
        HttpResponse<String> first = coordinator.get(page);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Surveys of " + programme.getName(), "Wie läuft das Mentoring?",
                "Was sollte sich ändern?", "Wie wertvoll war das Mentoring insgesamt für Sie?", "Not sent yet.");
        assertThat(questions(programme, Survey.HALFWAY)).containsExactly("Wie läuft das Mentoring? (1 = nicht gut, 5 = sehr gut)",
                "Wie oft haben Sie sich bisher getroffen?", "Was lief gut?", "Was sollte sich ändern?");
        coordinator.get(page);
        assertThat(questions(programme, Survey.FINAL)).as("copied once").hasSize(5);

        // add, reorder, change
        HttpResponse<String> added = coordinator.postForm(page + "/HALFWAY/questions", Map.of("text", "Hat das Briefing geholfen?", "kind", "SCALE"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith(page + "?done=added");
        assertThat(coordinator.get(page + "?done=added").body()).contains("The question is added at the end.");
        long briefing = id(programme, "Hat das Briefing geholfen?");
        coordinator.postForm(page + "/questions/" + briefing + "/up", Map.of());
        assertThat(questions(programme, Survey.HALFWAY).get(3)).isEqualTo("Hat das Briefing geholfen?");
        coordinator.postForm(page + "/questions/" + briefing, Map.of("text", "Hat Ihnen das Briefing geholfen?", "kind", "TEXT"));
        assertThat(questions(programme, Survey.HALFWAY).get(3)).isEqualTo("Hat Ihnen das Briefing geholfen?");
        HttpResponse<String> empty = coordinator.postForm(page + "/questions/" + briefing, Map.of("text", "  ", "kind", "TEXT"));
        assertThat(empty.statusCode()).isEqualTo(409);
        assertThat(empty.body()).contains("Please write the question.");
        HttpResponse<String> noKind = coordinator.postForm(page + "/HALFWAY/questions", Map.of("text", "Noch etwas?"));
        assertThat(noKind.body()).contains("Please choose how the question is answered");

        // one pair answers the first question
        Person mentee = people.mentee();
        Person mentor = people.mentor(1);
        SurveyCohort.running(programmes, requests, programme, mentee, mentor, NOW);
        var survey = runtimeService().createProcessInstanceByKey(ProgrammeSurveyProcess.KEY).businessKey(CohortProgrammeProcess.businessKey(programme.getId()))
                .setVariables(Variables.createVariables().putValue("programmeId", programme.getId())
                        .putValue("survey", "HALFWAY").putValue("surveyReminderAfter", "P7D")).execute();
        execute(job(ProgrammeSurveyProcess.TASK_SEND_SURVEY, survey));
        long menteeInvitation = invitation(programme, "MENTEE");
        long firstQuestion = id(programme, "Wie läuft das Mentoring? (1 = nicht gut, 5 = sehr gut)");
        long howOften = id(programme, "Wie oft haben Sie sich bisher getroffen?");
        BrowserSession menteeBrowser = BrowserSession.loggedIn(port, mentee.getId(), "secret");
        menteeBrowser.postForm("/surveys/" + menteeInvitation, Map.of("q" + firstQuestion, "3", "q" + howOften, "Zweimal, mit Anna"));

        // an answered question keeps its kind, in plain words in the coordinator's language
        HttpResponse<String> kind = coordinator.postForm(page + "/questions/" + firstQuestion, Map.of("text", "Wie läuft es?", "kind", "TEXT"));
        assertThat(kind.statusCode()).isEqualTo(409);
        assertThat(kind.body()).contains("This question already has answers, so its kind cannot change");
        HttpResponse<String> kindDe = coordinator.inLanguage("de").postForm(page + "/questions/" + firstQuestion + "?lang=de",
                Map.of("text", "Wie läuft es?", "kind", "TEXT"));
        assertThat(kindDe.body()).contains("Diese Frage hat schon Antworten, daher kann sich ihre Art nicht mehr ändern");
        coordinator.inLanguage("en").get(page + "?lang=en");

        // removing: an answered question is retired (answers kept), an unanswered one deleted
        HttpResponse<String> retired = coordinator.postForm(page + "/questions/" + firstQuestion + "/remove", Map.of());
        assertThat(retired.headers().firstValue("Location").orElseThrow()).endsWith("?done=retired");
        HttpResponse<String> after = coordinator.get(page);
        assertThat(after.body()).contains("Retired questions, their answers kept", "<td class=\"average\">3.0</td>",
                "<dd class=\"invited\">2</dd>", "<dd class=\"answered\">1</dd>", "<dd class=\"rate\">50 %</dd>");
        assertThat(jdbc.queryForObject("select count(*) from survey_response_view where question_id = ?", Long.class, firstQuestion))
                .isEqualTo(1);
        long mentorInvitation = invitation(programme, "MENTOR");
        HttpResponse<String> mentorForm = BrowserSession.loggedIn(port, mentor.getId(), "secret").get("/surveys/" + mentorInvitation);
        assertThat(mentorForm.body()).doesNotContain("Wie läuft das Mentoring?").contains("Was lief gut?");
        HttpResponse<String> removed = coordinator.postForm(page + "/questions/" + briefing + "/remove", Map.of());
        assertThat(removed.headers().firstValue("Location").orElseThrow()).endsWith("?done=removed");
        assertThat(questions(programme, Survey.HALFWAY)).doesNotContain("Hat Ihnen das Briefing geholfen?");

        // a survey keeps one question
        for (String text : List.of("Was lief gut?", "Was sollte sich ändern?")) {
            coordinator.postForm(page + "/questions/" + id(programme, text) + "/remove", Map.of());
        }
        HttpResponse<String> last = coordinator.postForm(page + "/questions/" + howOften + "/remove", Map.of());
        assertThat(last.statusCode()).isEqualTo(409);
        assertThat(last.body()).contains("A survey needs at least one question");

        // only coordinators; an unknown programme is a plain sentence
        assertThat(menteeBrowser.get(page).statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = coordinator.get("/coordinator/programmes/999999999/surveys");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("There is no programme under this address.");

        // a deleted account: its written answers go, its scale values stay, its invitation names nobody
        eraser.erase(mentee.getId());
        assertThat(jdbc.queryForList("select scale_value, text_value from survey_answer where invitation_id = ?", menteeInvitation))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("scale_value")).isEqualTo(3);
                    assertThat(row.get("text_value")).isNull();
                });
        assertThat(jdbc.queryForObject("select person_id from survey_invitation where id = ?", String.class, menteeInvitation)).isNull();
    }

    private List<String> questions(Programme programme, Survey survey) {
        return jdbc.queryForList("select text from survey_question where programme_id = ? and survey = ? and retired_at is null"
                + " order by position, id", String.class, programme.getId(), survey.name());
    }

    private long id(Programme programme, String text) {
        return jdbc.queryForObject("select id from survey_question where programme_id = ? and text = ?", Long.class,
                programme.getId(), text);
    }

    private long invitation(Programme programme, String role) {
        return jdbc.queryForObject("select id from survey_invitation where programme_id = ? and role = ?", Long.class,
                programme.getId(), role);
    }
}
