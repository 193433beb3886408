package org.mentorflow.mentorship.request;

import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.mentorship.Mentorships;
import org.springframework.beans.factory.annotation.Autowired;
import org.mentorflow.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.Person;

/** Every path of the request stage in processes/mentorship.bpmn, on PostgreSQL, with real mail. */
class RequestStageProcessTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;
    @Autowired
    Mentorships mentorships;

    /** A fresh mentee with a complete application and a mentor with one place. */
    Person mentee;
    Person mentor;

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @BeforeEach
    void startTheClock() {
        mentee = people.mentee();
        mentor = people.mentor(1);
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @Test
    void requestMailsTheMentorAndWaitsForTheReview() {
        ProcessInstance process = requestAndNotify(mentee, mentor);

        assertThat(process).hasPassed(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR).isWaitingAt(MentorshipProcess.TASK_REVIEW_REQUEST);
        assertThat(task(process)).isAssignedTo(mentor.getId()).hasFormKey(null);
        Task review = task(process);
        assertThat(review.getDueDate()).isEqualTo(Date.from(START.plus(Duration.ofDays(14))));
        assertThat(taskService().getVariablesLocal(review.getId()))
                .containsEntry("applicantName", mentee.getDisplayName())
                .containsEntry("applicantGoals", mentee.getGoals())
                .containsEntry("applicantFieldsOfStudy", "Informatics (Computer Science)")
                .doesNotContainKeys("applicantEmail", "applicantPhone", "applicantDateOfBirth");

        List<ReceivedMail> mails = ReceivedMail.all(SMTP.getReceivedMessages());
        assertThat(mails).hasSize(1);
        ReceivedMail mail = mails.get(0);
        assertThat(mail.to()).isEqualTo(mentor.getEmail());
        assertThat(mail.subject()).isEqualTo("New mentorship request from " + mentee.getDisplayName());
        assertThat(mail.text()).contains("http://mentorflow.test/mentorships/" + businessKey(process) + "/task")
                .contains("within 14 days");
        assertThat(mail.html()).contains("href=\"http://mentorflow.test/mentorships/" + businessKey(process) + "/task\"");
        // before an acceptance neither side learns the other's contact details
        assertThat(mail.text() + mail.html()).doesNotContain(mentee.getEmail()).doesNotContain(mentee.getLastName());
    }

    @Test
    void acceptedRequestMailsEachSideTheOthersContactDetails() {
        ProcessInstance process = requestAndNotify(mentee, mentor);
        clearMailbox();

        complete(task(process), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));

        assertThat(process).hasPassed(MentorshipProcess.START_MENTORSHIP_ACCEPTED).isWaitingAt(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS);
        assertThat(mentorships.get(mentorshipId(process)).getState()).isEqualTo(MentorshipState.ACCEPTED);
        assertThat(mentorships.freePlaces(mentor)).isZero();
        assertThat(SMTP.getReceivedMessages()).as("mails wait for their own step").isEmpty();

        execute(job(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS, process));

        assertThat(process).hasPassed(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS).isWaitingAt(MentorshipProcess.CALL_AGREE_ON_MENTORSHIP);
        ReceivedMail toMentee = single(ReceivedMail.to(SMTP.getReceivedMessages(), mentee.getEmail()));
        assertThat(toMentee.subject()).isEqualTo("Your mentorship with " + mentor.getDisplayName() + " can begin");
        assertThat(toMentee.text()).contains(mentor.getFullName(), mentor.getEmail(), mentor.getPhone());
        assertThat(toMentee.html()).contains("mailto:" + mentor.getEmail());
        ReceivedMail toMentor = single(ReceivedMail.to(SMTP.getReceivedMessages(), mentor.getEmail()));
        assertThat(toMentor.text()).contains(mentee.getFullName(), mentee.getEmail(), mentee.getPhone())
                .doesNotContain(mentor.getEmail());
    }

    @Test
    void declinedRequestSendsTheMentorsPersonalMessageToTheMentee() {
        ProcessInstance process = requestAndNotify(mentee, mentor);
        clearMailbox();
        String standardText = (String) runtimeService().getVariable(process.getId(), MentorshipProcess.DECLINE_MESSAGE.name());
        assertThat(standardText).startsWith("Dear " + mentee.getFirstName()).contains(mentor.getFirstName());

        complete(task(process), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_DECLINE,
                MentorshipProcess.DECLINE_MESSAGE.name(), "Dear Mia, I am moving abroad this spring. Ask Sofia!"));
        execute(job(process));

        assertThat(process).isEnded().hasPassed(MentorshipProcess.TASK_MAIL_DECLINE, MentorshipProcess.END_REQUEST_DECLINED)
                .hasNotPassed(MentorshipProcess.START_MENTORSHIP_ACCEPTED);
        Mentorship mentorship = mentorships.get(mentorshipId(process));
        assertThat(mentorship.getState()).isEqualTo(MentorshipState.DECLINED);
        assertThat(mentorship.getDeclineMessage()).isEqualTo("Dear Mia, I am moving abroad this spring. Ask Sofia!");
        ReceivedMail mail = single(ReceivedMail.all(SMTP.getReceivedMessages()));
        assertThat(mail.to()).isEqualTo(mentee.getEmail());
        assertThat(mail.text()).contains("I am moving abroad this spring. Ask Sofia!");
        assertThat(mail.text()).as("the button leads to the search, not the home page")
                .contains("Find another mentor: http://mentorflow.test/mentors");
        assertThat(mail.text() + mail.html()).doesNotContain(mentor.getEmail()).doesNotContain(mentor.getPhone());
        assertThat(mentorships.freePlaces(mentor)).isEqualTo(1);
    }

    @Test
    void mentorIsRemindedEveryThreeDaysAtMostTwice() {
        ProcessInstance process = requestAndNotify(mentee, mentor);
        clearMailbox();

        Job first = reminderJob(process);
        assertThat(first.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(3))));
        moveClockTo(first.getDuedate());
        execute(first);
        execute(job(MentorshipProcess.TASK_REMIND_MENTOR, process));

        ReceivedMail reminder = single(ReceivedMail.all(SMTP.getReceivedMessages()));
        assertThat(reminder.to()).isEqualTo(mentor.getEmail());
        assertThat(reminder.subject()).isEqualTo("Reminder: " + mentee.getDisplayName() + " is waiting for your answer");
        assertThat(process).isWaitingAt(MentorshipProcess.TASK_REVIEW_REQUEST);

        Job second = reminderJob(process);
        assertThat(second.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(6))));
        moveClockTo(second.getDuedate());
        execute(second);
        execute(job(MentorshipProcess.TASK_REMIND_MENTOR, process));

        assertThat(ReceivedMail.all(SMTP.getReceivedMessages())).hasSize(2);
        assertThat(managementService().createJobQuery().processInstanceId(process.getId())
                .activityId(MentorshipProcess.TIMER_REMIND_MENTOR).count()).as("no third reminder").isZero();
        assertThat(process).isWaitingAt(MentorshipProcess.TASK_REVIEW_REQUEST);
    }

    @Test
    void unansweredRequestExpiresAfterFourteenDaysAndFreesTheMentor() {
        Person otherMentee = people.mentee();
        Person lateMentee = people.mentee();
        ProcessInstance expiring = requestAndNotify(mentee, mentor);
        requestAndNotify(otherMentee, mentor);
        assertThatThrownBy(() -> requests.request(lateMentee.getId(), mentor.getId(), "Hi"))
                .isInstanceOf(RequestRefusedException.class)
                .extracting("reason").isEqualTo(RequestRefusedException.Reason.MENTOR_HAS_TOO_MANY_REQUESTS);
        clearMailbox();

        Job expiry = managementService().createJobQuery().processInstanceId(expiring.getId())
                .activityId(MentorshipProcess.TIMER_REQUEST_EXPIRES).singleResult();
        assertThat(expiry.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(14))));
        moveClockTo(expiry.getDuedate());
        execute(expiry);

        assertThat(expiring).hasPassed(MentorshipProcess.TIMER_REQUEST_EXPIRES).isWaitingAt(MentorshipProcess.TASK_MAIL_REQUEST_EXPIRED);
        assertThat(taskService().createTaskQuery().processInstanceId(expiring.getId()).count()).isZero();
        execute(job(expiring));
        assertThat(expiring).isEnded().hasPassed(MentorshipProcess.END_REQUEST_EXPIRED);
        assertThat(mentorships.get(mentorshipId(expiring)).getState()).isEqualTo(MentorshipState.EXPIRED);

        ReceivedMail mail = single(ReceivedMail.all(SMTP.getReceivedMessages()));
        assertThat(mail.to()).isEqualTo(mentee.getEmail());
        assertThat(mail.subject()).isEqualTo("Your request to " + mentor.getDisplayName() + " has expired");

        // the expired request no longer blocks the mentor, nor the mentee
        assertThat(requests.request(lateMentee.getId(), mentor.getId(), "Hi").getState()).isEqualTo(MentorshipState.REQUESTED);
        assertThat(requests.request(mentee.getId(), people.mentor(1).getId(), "Hi").getState()).isEqualTo(MentorshipState.REQUESTED);
    }

    @Test
    void withdrawnRequestEndsTheReviewAndTellsTheMentor() {
        ProcessInstance process = requestAndNotify(mentee, mentor);
        clearMailbox();

        requests.withdraw(mentorshipId(process), mentee.getId());

        assertThat(process).hasPassed(MentorshipProcess.EVENT_REQUEST_WITHDRAWN).isWaitingAt(MentorshipProcess.TASK_MAIL_REQUEST_WITHDRAWN);
        assertThat(taskService().createTaskQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(managementService().createJobQuery().processInstanceId(process.getId()).timers().count())
                .as("reminder and expiry timers are gone").isZero();
        execute(job(process));
        assertThat(process).isEnded().hasPassed(MentorshipProcess.END_REQUEST_WITHDRAWN);
        assertThat(mentorships.get(mentorshipId(process)).getState()).isEqualTo(MentorshipState.WITHDRAWN);
        ReceivedMail mail = single(ReceivedMail.all(SMTP.getReceivedMessages()));
        assertThat(mail.to()).isEqualTo(mentor.getEmail());
        assertThat(mail.subject()).isEqualTo(mentee.getDisplayName() + " has withdrawn the mentorship request");
    }

    @Test
    void menteeCanWithdrawBeforeTheMentorWasEvenMailed() {
        Mentorship mentorship = requests.request(mentee.getId(), mentor.getId(), "Hello");
        ProcessInstance process = MentorshipJourney.processOf(mentorship);
        assertThat(process).isWaitingAt(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR);

        requests.withdraw(mentorship.getId(), mentee.getId());
        execute(job(MentorshipProcess.TASK_MAIL_REQUEST_WITHDRAWN, process));

        assertThat(process).isEnded().hasPassed(MentorshipProcess.END_REQUEST_WITHDRAWN).hasNotPassed(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR);
    }

    @Test
    void answeredRequestCannotBeWithdrawn() {
        ProcessInstance process = requestAndNotify(mentee, mentor);
        complete(task(process), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));

        assertThatThrownBy(() -> requests.withdraw(mentorshipId(process), mentee.getId()))
                .isInstanceOf(RequestRefusedException.class)
                .hasMessageContaining("no longer open")
                .extracting("reason").isEqualTo(RequestRefusedException.Reason.NO_LONGER_OPEN);
    }

    @Test
    void onlyTheRequestingMenteeCanWithdraw() {
        ProcessInstance process = requestAndNotify(mentee, mentor);

        assertThatThrownBy(() -> requests.withdraw(mentorshipId(process), people.mentee().getId()))
                .isInstanceOf(RequestRefusedException.class)
                .extracting("reason").isEqualTo(RequestRefusedException.Reason.NOT_YOUR_REQUEST);
        assertThat(process).isWaitingAt(MentorshipProcess.TASK_REVIEW_REQUEST);
    }

    @Test
    void mentorWithoutAFreePlaceCannotAcceptAnotherRequest() {
        Person secondMentee = people.mentee();
        ProcessInstance first = requestAndNotify(mentee, mentor);
        ProcessInstance second = requestAndNotify(secondMentee, mentor);
        complete(task(first), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));

        Task secondReview = task(second);
        assertThatThrownBy(() -> taskService().complete(secondReview.getId(),
                withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT)))
                .hasMessageContaining("You have no free place for another mentee");

        assertThat(second).isWaitingAt(MentorshipProcess.TASK_REVIEW_REQUEST);
        assertThat(mentorships.get(mentorshipId(second)).getState()).isEqualTo(MentorshipState.REQUESTED);
        complete(task(second), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_DECLINE));
        assertThat(mentorships.get(mentorshipId(second)).getState()).isEqualTo(MentorshipState.DECLINED);
    }

    @Test
    void reviewNeedsAnAnswerAndADeclineNeedsAMessage() {
        ProcessInstance process = requestAndNotify(mentee, mentor);
        String review = task(process).getId();

        assertThatThrownBy(() -> taskService().complete(review, withVariables(MentorshipProcess.DECISION.name(), "maybe")))
                .hasMessageContaining("Please choose whether you accept or decline");
        assertThatThrownBy(() -> taskService().complete(review, withVariables(MentorshipProcess.DECISION.name(),
                MentorshipProcess.DECISION_DECLINE, MentorshipProcess.DECLINE_MESSAGE.name(), "  ")))
                .hasMessageContaining("Please write a short message");

        assertThat(process).isWaitingAt(MentorshipProcess.TASK_REVIEW_REQUEST);
        assertThat(mentorships.get(mentorshipId(process)).getState()).isEqualTo(MentorshipState.REQUESTED);
    }

    @Test
    void germanRecipientsReadGermanMails() {
        Person germanMentor = people.mentor(1, "de");
        requestAndNotify(mentee, germanMentor);

        ReceivedMail mail = single(ReceivedMail.all(SMTP.getReceivedMessages()));
        assertThat(mail.language()).isEqualTo("de");
        assertThat(mail.subject()).isEqualTo("Neue Mentoring-Anfrage von " + mentee.getDisplayName());
        assertThat(mail.text()).contains("Hallo " + germanMentor.getFirstName()).contains("innerhalb von 14 Tagen");
        assertThat(mail.html()).contains("lang=\"de\"").contains("Anfrage öffnen");
    }

    private ProcessInstance requestAndNotify(Person mentee, Person mentor) {
        return MentorshipJourney.requestedAndMailed(requests, mentee, mentor);
    }

    private Job reminderJob(ProcessInstance process) {
        return managementService().createJobQuery().processInstanceId(process.getId())
                .activityId(MentorshipProcess.TIMER_REMIND_MENTOR).singleResult();
    }

    private static void moveClockTo(Date date) {
        ClockUtil.setCurrentTime(Date.from(date.toInstant().plus(1, ChronoUnit.MINUTES)));
    }

    private static String businessKey(ProcessInstance process) {
        return process.getBusinessKey();
    }

    private static long mentorshipId(ProcessInstance process) {
        return Long.parseLong(process.getBusinessKey());
    }

    private static ReceivedMail single(List<ReceivedMail> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }
}
