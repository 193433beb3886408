package org.mentorflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox: what a rolled-back step queued is never sent, a retried step sends once. */
class MailOutboxTest extends IntegrationTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MentorshipRequests requests;

    @Test
    void mailQueuedInARolledBackTransactionIsNeverSent() {
        Person recipient = people.mentee();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            outbox.queue("test/rollback/" + recipient.getId(), "request-withdrawn", recipient,
                    Map.of("recipient", recipient, "partner", recipient));
            throw new IllegalStateException("the step fails after queueing");
        })).hasMessage("the step fails after queueing");

        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where mail_key = ?", Long.class,
                "test/rollback/" + recipient.getId())).isZero();
    }

    @Test
    void sameKeyIsQueuedOnlyOnce() {
        Person recipient = people.mentee();
        Map<String, Object> model = Map.of("recipient", recipient, "partner", recipient);

        boolean first = transaction.execute(status -> outbox.queue("test/once/" + recipient.getId(), "request-withdrawn", recipient, model));
        boolean second = transaction.execute(status -> outbox.queue("test/once/" + recipient.getId(), "request-withdrawn", recipient, model));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), recipient.getEmail())).hasSize(1);
    }

    @Test
    void failedMailStepRollsBackEveryMailOfTheStepAndItsRetrySendsEachOnce() {
        Person mentee = people.mentee();
        Person mentor = people.mentor(1);
        ProcessInstance process = MentorshipJourney.requestedAndMailed(requests, mentee, mentor);
        complete(task(process), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));
        clearMailbox();
        // the mentee's row is written first, then the mentor's address fails the step
        jdbc.update("update person set email = 'not-an-address' where id = ?", mentor.getId());

        Job contactDetails = job(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS, process);
        assertThatThrownBy(() -> execute(contactDetails)).hasMessageContaining("has no valid e-mail address");

        assertThat(SMTP.getReceivedMessages()).as("nothing of the failed step goes out").isEmpty();
        assertThat(job(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS, process).getRetries()).isEqualTo(2);

        jdbc.update("update person set email = ? where id = ?", mentor.getId() + "@test.example", mentor.getId());
        execute(job(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS, process));

        assertThat(process).hasPassed(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS);
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), mentee.getEmail())).hasSize(1);
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), mentor.getId() + "@test.example")).hasSize(1);
    }
}
