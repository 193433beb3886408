package org.mentorflow.profile;

import org.mentorflow.mentorship.MentorshipProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipProcess.COMPLETION_CONFIRMED;
import static org.mentorflow.mentorship.MentorshipProcess.TASK_CONFIRM_COMPLETION;
import static org.mentorflow.mentorship.MentorshipProcess.TASK_FINISH_MENTORSHIP;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.certificates.Certificate;
import org.mentorflow.certificates.CertificateService;
import org.mentorflow.feedback.FeedbackAnswers;
import org.mentorflow.feedback.FeedbackRequest;
import org.mentorflow.feedback.FeedbackRequests;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.meeting.MeetingProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.notifications.MailOutbox;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.AccountStatus;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deleting an account: behind a confirmation, irreversible, open mentorships ended with the usual notice to the
 * partner, and afterwards no trace of the person's name, e-mail, phone or date of birth in the person table, the
 * outbox, Camunda's identity tables or Camunda's history.
 */
class AccountDeletionTest extends ProfileTest {

    @Autowired
    MentorshipRequests requests;


    @Autowired

    Mentorships mentorships;
    @Autowired
    AccountDeletion deletion;
    @Autowired
    FeedbackRequests feedback;
    @Autowired
    CertificateService certificates;
    @Autowired
    HistoryService history;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void thePageSaysWhatGoesAndWhatThePartnerIsTold() {
        Person mentee = traceableMentee();
        Person mentor = people.mentor(1);
        MentorshipJourney.accepted(requests, mentee, mentor);

        String page = browser(mentee).get("/profile/delete").body();

        assertThat(page).contains("Delete my account", "This cannot be undone", "deactivate your account instead",
                "each partner gets the usual notice", "You hold no certificates.", "With your mentor " + mentor.getDisplayName(),
                "accepted", "name=\"confirm\"", "type=\"password\"");
    }

    @Test
    void withoutTheTickOrWithAWrongPasswordNothingIsDeleted() {
        Person mentee = traceableMentee();
        BrowserSession browser = browser(mentee);

        HttpResponse<String> noTick = browser.postForm("/profile/delete", Map.of("password", "secret"));
        HttpResponse<String> wrongPassword = browser.postForm("/profile/delete", Map.of("confirm", "yes", "password", "guess"));
        HttpResponse<String> nothing = browser.postForm("/profile/delete", Map.of());

        assertThat(noTick.statusCode()).isEqualTo(200);
        assertThat(noTick.body()).contains("Please tick the box to confirm that you want to delete your account for good.")
                .doesNotContain("The password is not right");
        assertThat(wrongPassword.body()).contains("The password is not right").doesNotContain("Please tick the box");
        assertThat(nothing.body()).contains("Please tick the box", "The password is not right");
        Person kept = peopleService.get(mentee.getId());
        assertThat(kept.getAccountStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(kept.getEmail()).isEqualTo(mentee.getEmail());
        assertThat(identity.createUserQuery().userId(mentee.getId()).count()).isOne();
        assertThat(browser.get("/profile").statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void deletingAMenteeCancelsHerMentorshipTellsTheMentorAndLeavesNoTraceOfHer() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
        Person mentee = traceableMentee();
        Person mentor = people.mentor(1);
        ProcessInstance mentorship = MentorshipJourney.running(requests, mentee, mentor);
        long mentorshipId = Long.parseLong(mentorship.getBusinessKey());
        MentorshipJourney.heldMeeting(mentorship, Instant.parse("2026-03-10T16:00:00Z"));
        FeedbackRequest asked = feedback.of(mentorshipId).stream().filter(f -> f.getPersonId().equals(mentee.getId())).findFirst().orElseThrow();
        feedback.answer(asked.getToken(), new FeedbackAnswers(5, "A great talk, says " + mentee.getFirstName(), "More time"));
        // Tasklist submits a form: the engine also keeps what was typed as form fields in its history
        Task propose = tasks.createTaskQuery().processInstanceId(mentorship.getId())
                .taskDefinitionKey(MeetingProcess.TASK_PROPOSE_MEETING).singleResult();
        forms.submitTaskForm(propose.getId(), withVariables(MeetingProcess.PROPOSED_START.name(), "2026-04-10T16:00:00Z",
                MeetingProcess.PROPOSED_DURATION.name(), 60, MeetingProcess.PROPOSED_PLACE.name(), "At " + mentee.getFullName() + "'s office",
                MeetingProcess.PROPOSED_TOPIC.name(), "Questions of " + mentee.getEmail()));
        List<String> traces = traces(mentee);
        assertThat(historicValues()).as("the history held her data before").anyMatch(value -> containsAny(value, traces));
        BrowserSession browser = browser(mentee);
        BrowserSession otherDevice = browser(mentee);
        browser.postFile("/profile/cv", Map.of(), "file", "cv.pdf", "application/pdf",
                ("%PDF-1.4 CV of " + mentee.getFullName()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        browser.postForm("/chat/" + mentorshipId, Map.of("text", "Best wishes, " + mentee.getFullName()));
        assertThat(jdbc.queryForObject("select count(*) from person_document where person_id = ?", Long.class,
                mentee.getId())).as("her CV before").isOne();
        assertThat(jdbc.queryForObject("select count(*) from chat_message where author_id = ?", Long.class,
                mentee.getId())).as("her message before").isOne();
        assertThat(browser.get("/profile/delete").body()).contains("With your mentor " + mentor.getDisplayName(), "running");
        clearMailbox();

        HttpResponse<String> goodbye = browser.postForm("/profile/delete", Map.of("confirm", "yes", "password", "secret"));

        assertThat(goodbye.statusCode()).isEqualTo(200);
        assertThat(goodbye.body()).contains("Goodbye", "Your account is deleted and you are logged out.");
        assertThat(location(browser.get("/profile"))).as("the session ended").endsWith("/login");
        assertThat(location(otherDevice.get("/profile"))).as("a session elsewhere ends at its next page").endsWith("/login");
        assertThat(location(otherDevice.get("/profile"))).endsWith("/login");
        assertThat(mentorships.get(mentorshipId).getState()).isEqualTo(MentorshipState.CANCELLED);
        execute(job(MentorshipProcess.TASK_MAIL_MENTORSHIP_ENDED, mentorship));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(mentorship.getId()).count()).as("ended").isZero();
        List<ReceivedMail> mails = ReceivedMail.all(SMTP.getReceivedMessages());
        assertThat(mails).extracting(ReceivedMail::to).containsExactly(mentor.getEmail());
        assertThat(mails.get(0).subject()).isEqualTo("Your mentorship with Deleted U. has ended");
        assertThat(mails.get(0).text()).contains("The other side has deleted their MentorFlow account.");
        assertThat(mails.get(0).text() + mails.get(0).html()).satisfies(mail -> assertNoTrace(mail, traces));
        assertThat(browser(mentor).get("/my").body()).contains("With your mentee Deleted U.", "cancelled");

        assertGone(mentee, traces);
        assertThat(jdbc.queryForObject("select count(*) from person_document where person_id = ?", Long.class,
                mentee.getId())).as("her uploads").isZero();
        assertThat(jdbc.queryForObject("select count(*) from chat_message where author_id = ?", Long.class,
                mentee.getId())).as("her messages").isZero();
        assertThat(lower(jdbc.queryForList("select * from mentorship where id = ?", mentorshipId) + ""
                + jdbc.queryForList("select * from meeting where mentorship_id = ?", mentorshipId)
                + jdbc.queryForList("select * from agreement_version where mentorship_id = ?", mentorshipId)
                + jdbc.queryForList("select * from feedback_request where mentorship_id = ?", mentorshipId)))
                .as("mentorship texts").satisfies(rows -> assertNoTrace(rows, traces));
        assertThat(jdbc.queryForObject("select count(*) from feedback_request where person_id = ? and rating = 5",
                Long.class, mentee.getId())).as("the rating stays, anonymous").isOne();
    }

    @Test
    void aMenteesOpenRequestIsWithdrawnAndAMentorsOpenRequestCancelled() {
        Person mentee = traceableMentee();
        Person mentor = people.mentor(1);
        ProcessInstance toMentor = MentorshipJourney.requestedAndMailed(requests, mentee, mentor);
        Person otherMentee = people.mentee();
        Person deletedMentor = people.mentor(1);
        ProcessInstance toDeletedMentor = MentorshipJourney.requestedAndMailed(requests, otherMentee, deletedMentor);
        clearMailbox();

        deletion.delete(mentee.getId());
        deletion.delete(deletedMentor.getId());
        execute(job(toMentor));
        execute(job(toDeletedMentor));

        assertThat(mentorships.get(Long.parseLong(toMentor.getBusinessKey())).getState()).isEqualTo(MentorshipState.WITHDRAWN);
        assertThat(mentorships.get(Long.parseLong(toDeletedMentor.getBusinessKey())).getState()).isEqualTo(MentorshipState.CANCELLED);
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), mentor.getEmail())).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo("Deleted U. has withdrawn the mentorship request"));
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), otherMentee.getEmail())).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo("Your mentorship with Deleted U. has ended"));
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertGone(mentee, traces(mentee));
        assertThat(mentorships.freePlaces(mentor)).isOne();
    }

    @Test
    void theDeletedMentorsCertificatesGoAndThePartnersNamesAFormerMember() {
        Person mentee = people.mentee("de");
        Person mentor = people.mentor(1);
        ProcessInstance mentorship = MentorshipJourney.finishable(requests, mentee, mentor);
        complete(task(TASK_FINISH_MENTORSHIP, mentorship), MentorshipJourney.finishedEarly());
        execute(job(MentorshipProcess.TASK_MAIL_CONFIRM_COMPLETION, mentorship));
        complete(task(TASK_CONFIRM_COMPLETION, mentorship), withVariables(COMPLETION_CONFIRMED.name(), "yes"));
        execute(job(MentorshipProcess.TASK_ISSUE_CERTIFICATES, mentorship));
        execute(job(MentorshipProcess.TASK_MAIL_COMPLETED, mentorship));
        String mentorsCode = certificates.of(mentor.getId()).get(0).getVerificationCode();
        Certificate before = certificates.of(mentee.getId()).get(0);
        assertThat(text(before.getPdf())).contains(mentor.getDisplayName());

        deletion.delete(mentor.getId());

        assertThat(certificates.of(mentor.getId())).isEmpty();
        assertThat(BrowserSession.anonymous(port).get("/certificates/verify?code=" + mentorsCode).body())
                .contains("No certificate has this code");
        Certificate kept = certificates.of(mentee.getId()).get(0);
        assertThat(kept.getVerificationCode()).isEqualTo(before.getVerificationCode());
        assertThat(kept.getPartnerName()).isEqualTo("einem ehemaligen Mitglied");
        assertThat(text(kept.getPdf())).contains("einem ehemaligen Mitglied", kept.getVerificationCode())
                .doesNotContain(mentor.getDisplayName()).doesNotContain(mentor.getLastName());
    }

    @Test
    void aDeletedAccountGetsNoMoreMail() {
        Person mentee = traceableMentee();
        deletion.delete(mentee.getId());
        Person deleted = peopleService.get(mentee.getId());

        Boolean queued = transaction.execute(status -> outbox.queue("profile-test/" + deleted.getId(), "request-withdrawn",
                deleted, Map.of("recipient", deleted, "partner", deleted), "x"));

        assertThat(queued).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where mail_key = ?", Long.class,
                "profile-test/" + deleted.getId())).isZero();
    }

    /** What identifies the person, lower case: names, e-mail, phone, date of birth. */
    private static List<String> traces(Person person) {
        List<String> traces = new ArrayList<>(List.of(person.getFirstName(), person.getLastName(), person.getEmail(), person.getPhone()));
        if (person.getDateOfBirth() != null) {
            traces.add(person.getDateOfBirth().toString());
        }
        return traces.stream().map(trace -> trace.toLowerCase(Locale.ROOT)).toList();
    }

    /** The places the person's data must be gone from, and their account with it. */
    private void assertGone(Person person, List<String> traces) {
        Person anonymous = peopleService.get(person.getId());
        assertThat(anonymous.getAccountStatus()).isEqualTo(AccountStatus.DELETED);
        assertThat(anonymous.getDisplayName()).isEqualTo("Deleted U.");
        assertThat(anonymous.getEmail()).endsWith("@deleted.invalid");
        assertThat(anonymous.getPhone()).isNull();
        assertThat(anonymous.getDateOfBirth()).isNull();
        assertThat(lower(jdbc.queryForList("select * from person"))).as("person table").satisfies(rows -> assertNoTrace(rows, traces));
        for (String table : new String[] {"person_language", "person_field_of_study", "person_mentoring_level"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where person_id = ?", Long.class, person.getId()))
                    .as(table).isZero();
        }
        assertThat(lower(jdbc.queryForList("select mail_key, recipient_person_id, recipient_address, subject, html_body, text_body from outbox_mail")))
                .as("outbox").satisfies(rows -> assertNoTrace(rows, traces));
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient_person_id = ?", Long.class, person.getId()))
                .as("mails to her").isZero();

        assertThat(identity.createUserQuery().userId(person.getId()).count()).as("Camunda user").isZero();
        assertThat(identity.createUserQuery().userEmail(person.getEmail()).count()).isZero();
        assertThat(identity.createUserQuery().userLastName(person.getLastName()).count()).isZero();
        assertThat(identity.createGroupQuery().groupMember(person.getId()).count()).as("memberships").isZero();
        assertThat(authorizations.createAuthorizationQuery().userIdIn(person.getId()).count()).as("authorizations").isZero();
        assertThat(identity.checkPassword(person.getId(), "secret")).as("login").isFalse();

        assertThat(historicValues()).as("Camunda history").noneMatch(value -> containsAny(value, traces));
        assertThat(runtime.createVariableInstanceQuery().disableCustomObjectDeserialization().list().stream()
                .map(VariableInstance::getTypedValue).map(AccountDeletionTest::text).toList())
                .as("running processes").noneMatch(value -> containsAny(value, traces));
        assertThat(history.createHistoricTaskInstanceQuery().taskAssignee(person.getId()).count()).as("her finished tasks").isZero();
    }

    /** Every value in the engine's history: variables and details (variable updates, submitted form fields). */
    private List<String> historicValues() {
        List<String> values = new ArrayList<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().disableCustomObjectDeserialization().list()) {
            values.add(variable.getName() + "=" + text(variable.getTypedValue()));
        }
        for (HistoricDetail detail : history.createHistoricDetailQuery().disableCustomObjectDeserialization().list()) {
            if (detail instanceof HistoricVariableUpdate update) {
                values.add(update.getVariableName() + "=" + text(update.getTypedValue()));
            } else if (detail instanceof HistoricFormField field) {
                values.add(field.getFieldId() + "=" + field.getFieldValue());
            }
        }
        return values;
    }

    /** A value as stored: objects in their serialized form. */
    private static String text(TypedValue value) {
        if (value == null) {
            return "";
        }
        return String.valueOf(value instanceof ObjectValue object ? object.getValueSerialized() : value.getValue());
    }

    private static boolean containsAny(String value, List<String> traces) {
        String lower = value.toLowerCase(Locale.ROOT);
        return traces.stream().anyMatch(lower::contains);
    }

    private static void assertNoTrace(String text, List<String> traces) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String trace : traces) {
            assertThat(lower).doesNotContain(trace);
        }
    }

    private static String lower(Object rows) {
        return String.valueOf(rows).toLowerCase(Locale.ROOT);
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
