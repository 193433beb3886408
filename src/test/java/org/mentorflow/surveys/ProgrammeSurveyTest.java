package org.mentorflow.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mentorflow.surveys.ProgrammeSurveyProcess.*;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * processes/programme-survey.bpmn with the application around it: a cohort with three running pairs and one request
 * still open, the survey started as the cohort's call activity starts it, the invitations and mails, partial answers
 * on the answer page and its refusals (en, de), the one reminder to those who have not answered, the figures, and
 * the analysts' view without person ids.
 */
class ProgrammeSurveyTest extends IntegrationTest {

    /** Monday 2 March 2026, 10:00 in Vienna: halfway through the cohort. */
    private static final Instant HALFWAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Pattern LINK = Pattern.compile("http://mentorflow\\.test(/surveys/(\\d+))");

    @Autowired
    Programmes programmes;
    @Autowired
    MentorshipRequests requests;
    @Autowired
    Surveys surveys;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyoneOfTheRunningPairsIsAskedAndThoseWhoDidNotAnswerAreRemindedOnce() {
        ClockUtil.setCurrentTime(Date.from(HALFWAY));
        Programme programme = SurveyCohort.create(programmes, HALFWAY, "en", "de");
        Person mentee1 = people.mentee("de");
        Person mentor1 = people.mentor(1);
        Person mentee2 = people.mentee();
        Person mentor2 = people.mentor(1);
        Person mentee3 = people.mentee();
        Person mentor3 = people.mentor(1, "de");
        Person waitingMentee = people.mentee();
        Person waitingMentor = people.mentor(1);
        SurveyCohort.running(programmes, requests, programme, mentee1, mentor1, HALFWAY);
        SurveyCohort.running(programmes, requests, programme, mentee2, mentor2, HALFWAY);
        SurveyCohort.running(programmes, requests, programme, mentee3, mentor3, HALFWAY);
        SurveyCohort.requested(programmes, requests, programme, waitingMentee, waitingMentor, HALFWAY);
        clearMailbox();

        ProcessInstance survey = start(programme, Survey.HALFWAY);
        BpmnAwareTests.assertThat(survey).isWaitingAt(TASK_SEND_SURVEY);
        execute(job(TASK_SEND_SURVEY, survey));

        // one invitation per person of every running pair; the open request is no pair yet
        BpmnAwareTests.assertThat(survey).isWaitingAt(TIMER_REMINDER_DUE);
        List<ReceivedMail> invitations = ReceivedMail.all(SMTP.getReceivedMessages());
        assertThat(invitations).extracting(ReceivedMail::to).containsExactlyInAnyOrder(mentee1.getEmail(),
                mentor1.getEmail(), mentee2.getEmail(), mentor2.getEmail(), mentee3.getEmail(), mentor3.getEmail());
        ReceivedMail toMentor2 = mailTo(invitations, mentor2);
        assertThat(toMentor2.subject()).isEqualTo("Halfway check-in: " + programme.getName() + " asks for your view");
        assertThat(toMentor2.text()).contains("is halfway through", mentee2.getDisplayName(), "does not see them");
        ReceivedMail toMentee1 = mailTo(invitations, mentee1);
        assertThat(toMentee1.subject()).isEqualTo("Zwischenbefragung: " + programme.getName() + " bittet um Ihre Einschätzung");
        assertThat(toMentee1.text()).contains("zur Hälfte vorbei", mentor1.getDisplayName());
        String mentee1Link = link(toMentee1);
        String mentor1Link = link(mailTo(invitations, mentor1));
        String mentee2Link = link(mailTo(invitations, mentee2));
        String mentor2Link = link(toMentor2);
        assertThat(surveys.responseRate(programme.getId(), Survey.HALFWAY)).isEqualTo(new ResponseRate(6, 0, 0));

        // the page shows the programme's questions in its first language, the frame in the reader's
        BrowserSession first = BrowserSession.loggedIn(port, mentee1.getId(), "secret");
        HttpResponse<String> form = first.get(mentee1Link);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("How is the mentoring going?", "How often did you meet so far?",
                "What went well?", "What should change?", "type=\"radio\"", "<textarea", mentor1.getDisplayName());
        Map<String, Long> question = questionIds(programme, Survey.HALFWAY);

        // mentee 1 answers one question only: a partial answer counts
        HttpResponse<String> answered = first.postForm(mentee1Link, Map.of(q(question, 1), "4", q(question, 3), " "));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("Thank you! Your answers are saved.");
        // mentor 2 answers the texts only
        BrowserSession second = BrowserSession.loggedIn(port, mentor2.getId(), "secret");
        second.postForm(mentor2Link, Map.of(q(question, 2), "Twice a month.", q(question, 3), "Honest feedback on my CV."));
        // mentee 2 gives all
        BrowserSession third = BrowserSession.loggedIn(port, mentee2.getId(), "secret");
        third.postForm(mentee2Link, Map.of(q(question, 1), "5", q(question, 2), "Every week",
                q(question, 3), "Everything", q(question, 4), "Nothing"));
        assertThat(surveys.responseRate(programme.getId(), Survey.HALFWAY)).isEqualTo(new ResponseRate(6, 3, 0));
        assertThat(surveys.responseRate(programme.getId(), Survey.HALFWAY).percent()).isEqualTo(50);

        // answering twice: a sentence with the day it was answered, in the reader's language, and nothing changes
        HttpResponse<String> again = first.postForm(mentee1Link, Map.of(q(question, 1), "1"));
        assertThat(again.body()).contains("You answered this survey on 2 March 2026.").doesNotContain("Exception");
        assertThat(first.inLanguage("de").get(mentee1Link + "?lang=de").body())
                .contains("Sie haben diese Umfrage am 2. März 2026 beantwortet.");
        assertThat(scaleAnswers(programme)).containsExactlyInAnyOrder(4, 5);

        // someone else's link: a plain 404 sentence, and nothing of the survey or of the partner's answers
        BrowserSession stranger = BrowserSession.loggedIn(port, mentee3.getId(), "secret");
        HttpResponse<String> notYours = stranger.get(mentor2Link);
        assertThat(notYours.statusCode()).isEqualTo(404);
        assertThat(notYours.body()).contains("There is no survey for you under this address.")
                .doesNotContain("Honest feedback", "How is the mentoring going?", mentee2.getDisplayName());
        assertThat(stranger.postForm(mentor1Link, Map.of(q(question, 1), "1")).statusCode()).isEqualTo(404);
        HttpResponse<String> notYoursDe = BrowserSession.loggedIn(port, mentor3.getId(), "secret").inLanguage("de").get(mentee1Link);
        assertThat(notYoursDe.statusCode()).isEqualTo(404);
        assertThat(notYoursDe.body()).contains("Unter dieser Adresse gibt es keine Umfrage für Sie.");
        assertThat(stranger.get("/surveys/not-a-number").statusCode()).isEqualTo(404);
        assertAsksForLogin(BrowserSession.anonymous(port).get(mentor1Link));

        // an empty submit is refused in plain words, in English and German, and counts as no answer
        BrowserSession mentor1Browser = BrowserSession.loggedIn(port, mentor1.getId(), "secret");
        HttpResponse<String> empty = mentor1Browser.postForm(mentor1Link, Map.of(q(question, 3), "   "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Please answer at least one question before you send the survey.", "What went well?");
        HttpResponse<String> emptyDe = mentor1Browser.inLanguage("de").postForm(mentor1Link + "?lang=de", Map.of());
        assertThat(emptyDe.body()).contains("Bitte beantworten Sie mindestens eine Frage, bevor Sie die Umfrage absenden.");
        HttpResponse<String> outOfScale = mentor1Browser.inLanguage("en").postForm(mentor1Link + "?lang=en",
                Map.of(q(question, 1), "9", q(question, 4), "More structure"));
        assertThat(outOfScale.body()).contains("Question 1: please choose a value from 1 to 5.", "More structure");
        assertThat(surveys.responseRate(programme.getId(), Survey.HALFWAY).answered()).isEqualTo(3);

        // a week later: one reminder, only to the three who have not answered
        clearMailbox();
        ClockUtil.setCurrentTime(Date.from(HALFWAY.plus(Duration.ofDays(7)).plusSeconds(60)));
        execute(job(TIMER_REMINDER_DUE, survey));
        execute(job(TASK_REMIND_UNANSWERED, survey));
        BpmnAwareTests.assertThat(survey).isEnded().hasPassed(END_SURVEY_SENT_AND_REMINDED);
        List<ReceivedMail> reminders = ReceivedMail.all(SMTP.getReceivedMessages());
        assertThat(reminders).extracting(ReceivedMail::to)
                .containsExactlyInAnyOrder(mentor1.getEmail(), mentee3.getEmail(), mentor3.getEmail());
        assertThat(mailTo(reminders, mentor1).subject()).isEqualTo("Reminder: Halfway check-in of " + programme.getName());
        assertThat(link(mailTo(reminders, mentor1))).isEqualTo(mentor1Link);
        assertThat(mailTo(reminders, mentor3).subject()).isEqualTo("Erinnerung: Zwischenbefragung von " + programme.getName());
        assertThat(surveys.responseRate(programme.getId(), Survey.HALFWAY)).isEqualTo(new ResponseRate(6, 3, 3));

        // the same survey run again (a retried call activity, say) asks and reminds nobody a second time
        clearMailbox();
        ProcessInstance rerun = start(programme, Survey.HALFWAY);
        execute(job(TASK_SEND_SURVEY, rerun));
        ClockUtil.setCurrentTime(Date.from(HALFWAY.plus(Duration.ofDays(15))));
        execute(job(TIMER_REMINDER_DUE, rerun));
        execute(job(TASK_REMIND_UNANSWERED, rerun));
        BpmnAwareTests.assertThat(rerun).isEnded();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(surveys.responseRate(programme.getId(), Survey.HALFWAY)).isEqualTo(new ResponseRate(6, 3, 3));

        // the coordinator's figures
        Person coordinator = people.coordinator();
        HttpResponse<String> page = BrowserSession.loggedIn(port, coordinator.getId(), "secret")
                .get("/coordinator/programmes/" + programme.getId() + "/surveys");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Surveys of " + programme.getName(), "<dd class=\"invited\">6</dd>",
                "<dd class=\"answered\">3</dd>", "<dd class=\"rate\">50 %</dd>", "<dd class=\"reminded\">3</dd>",
                "<td class=\"average\">4.5</td>", "Not sent yet.");

        // the analysts' view: one row per answer, no person anywhere
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select * from survey_response_view where programme_id = ? order by mentorship_id, role, question_position",
                programme.getId());
        assertThat(rows).hasSize(1 + 2 + 4);
        assertThat(rows.get(0).keySet()).map(String::toLowerCase).containsExactly("programme_id", "programme_slug",
                "programme_name", "survey", "role", "mentorship_id", "question_id", "question_position", "question_text",
                "question_kind", "scale_value", "text_value", "answered_at");
        assertThat(rows).allSatisfy(row -> assertThat(row.values()).doesNotContainAnyElementsOf(List.of(mentee1.getId(),
                mentor1.getId(), mentee2.getId(), mentor2.getId(), mentee3.getId(), mentor3.getId(), mentee2.getEmail())));
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("role")).isEqualTo("MENTOR");
            assertThat(row.get("question_text")).isEqualTo("What went well?");
            assertThat(row.get("text_value")).isEqualTo("Honest feedback on my CV.");
            assertThat(row.get("scale_value")).isNull();
        });
        Map<String, Object> rate = jdbc.queryForMap(
                "select invited, answered, reminded from survey_response_rate_view where programme_id = ? and survey = 'HALFWAY'",
                programme.getId());
        assertThat(rate.values()).extracting(value -> ((Number) value).longValue()).containsExactly(6L, 3L, 3L);
    }

    @Test
    void theFinalSurveyAlsoAsksThoseWhoCompletedAndClosesTheHalfwayOne() {
        ClockUtil.setCurrentTime(Date.from(HALFWAY));
        Programme programme = SurveyCohort.create(programmes, HALFWAY, "de", "en");
        Person mentee1 = people.mentee();
        Person mentor1 = people.mentor(1);
        Person mentee2 = people.mentee();
        Person mentor2 = people.mentor(1);
        SurveyCohort.running(programmes, requests, programme, mentee1, mentor1, HALFWAY);
        ProcessInstance second = SurveyCohort.running(programmes, requests, programme, mentee2, mentor2, HALFWAY);
        clearMailbox();
        ProcessInstance halfway = start(programme, Survey.HALFWAY);
        execute(job(TASK_SEND_SURVEY, halfway));
        String halfwayLink = link(mailTo(ReceivedMail.all(SMTP.getReceivedMessages()), mentee1));

        // the second pair completed in May, as the lifecycle leaves a completed mentorship
        Instant completed = Instant.parse("2026-05-20T10:00:00Z");
        jdbc.update("update mentorship set state = 'COMPLETED', ended_at = ? where id = ?",
                java.sql.Timestamp.from(completed), Long.valueOf(second.getBusinessKey()));
        Instant end = Instant.parse("2026-06-30T10:00:00Z");
        ClockUtil.setCurrentTime(Date.from(end));
        clearMailbox();
        ProcessInstance last = start(programme, Survey.FINAL);
        execute(job(TASK_SEND_SURVEY, last));
        List<ReceivedMail> mails = ReceivedMail.all(SMTP.getReceivedMessages());
        assertThat(mails).extracting(ReceivedMail::to).containsExactlyInAnyOrder(mentee1.getEmail(), mentor1.getEmail(),
                mentee2.getEmail(), mentor2.getEmail());
        assertThat(mailTo(mails, mentee2).subject()).isEqualTo("Final feedback: " + programme.getName() + " asks for your view");
        assertThat(mailTo(mails, mentee2).text()).contains("comes to its end");

        // a German programme's final questions, standard ones in German
        BrowserSession mentee = BrowserSession.loggedIn(port, mentee2.getId(), "secret");
        String finalLink = link(mailTo(mails, mentee2));
        assertThat(mentee.get(finalLink).body()).contains("Final feedback", "Wie wertvoll war das Mentoring insgesamt für Sie?",
                "Würden Sie das Programm weiterempfehlen?", "Was schlagen Sie für das nächste Programm vor?");

        // the old halfway link still opens, and says the survey closed when the final one went out
        HttpResponse<String> old = BrowserSession.loggedIn(port, mentee1.getId(), "secret").get(halfwayLink);
        assertThat(old.statusCode()).isEqualTo(200);
        assertThat(old.body()).contains("This survey closed on 30 June 2026; it takes no more answers.");
    }

    /** Starts the survey as the cohort's call activity does: its in-variables and the parent's business key. */
    private ProcessInstance start(Programme programme, Survey survey) {
        return runtimeService().createProcessInstanceByKey(KEY).businessKey(CohortProgrammeProcess.businessKey(programme.getId()))
                .setVariables(Variables.createVariables()
                        .putValue(PROGRAMME_ID.name(), programme.getId())
                        .putValue(SURVEY.name(), survey.name())
                        .putValue(SURVEY_REMINDER_AFTER.name(), programme.getSurveyReminderAfter()))
                .execute();
    }

    /** Question position to the form field's id, as the answer page names them. */
    private Map<String, Long> questionIds(Programme programme, Survey survey) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.queryForList("select id, position from survey_question where programme_id = ? and survey = ?",
                programme.getId(), survey.name()).forEach(row ->
                ids.put(String.valueOf(row.get("position")), ((Number) row.get("id")).longValue()));
        return ids;
    }

    private static String q(Map<String, Long> questions, int position) {
        return "q" + questions.get(String.valueOf(position));
    }

    private List<Integer> scaleAnswers(Programme programme) {
        return jdbc.queryForList("select scale_value from survey_response_view where programme_id = ? and scale_value is not null",
                Integer.class, programme.getId());
    }

    private static ReceivedMail mailTo(List<ReceivedMail> mails, Person person) {
        return mails.stream().filter(mail -> mail.to().equals(person.getEmail())).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + person.getEmail()));
    }

    private static String link(ReceivedMail mail) {
        Matcher matcher = LINK.matcher(mail.text());
        assertThat(matcher.find()).as("survey link in " + mail.text()).isTrue();
        assertThat(mail.html()).contains("http://mentorflow.test" + matcher.group(1));
        return matcher.group(1);
    }
}
