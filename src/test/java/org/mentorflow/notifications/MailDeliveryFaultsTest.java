package org.mentorflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** What a crash in mid-delivery and a mail server that is down do to the mails: nothing is lost, no step fails. */
class MailDeliveryFaultsTest extends IntegrationTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    OutboxMailRepository rows;
    @Autowired
    MailSettings settings;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JavaMailSenderImpl smtpSender;
    @Autowired
    MentorshipRequests requests;

    @Test
    void mailWhoseDeliveryACrashCutIsSentAgainWithTheSameMessageId() throws MessagingException {
        Person recipient = people.mentee();
        String key = "test/crash/" + recipient.getId();
        // the server takes the mail, then the node dies before it records the delivery: the mark fails
        jdbc.execute("""
                create or replace function test_crash_before_mark() returns trigger language plpgsql as $$
                begin
                  if new.status = 'SENT' and new.mail_key like 'test/crash/%' then
                    raise exception 'the node died before recording the delivery';
                  end if;
                  return new;
                end $$""");
        jdbc.execute("create trigger test_crash_before_mark before update on outbox_mail for each row execute function test_crash_before_mark()");
        Instant crashedAt = Instant.now();
        try {
            transaction.executeWithoutResult(status -> outbox.queue(key, "request-withdrawn", recipient,
                    Map.of("recipient", recipient, "partner", recipient)));
        } finally {
            jdbc.execute("drop trigger test_crash_before_mark on outbox_mail");
            jdbc.execute("drop function test_crash_before_mark()");
        }
        assertThat(SMTP.getReceivedMessages()).as("delivered once before the crash").hasSize(1);
        OutboxMail row = rows.findByRecipientPersonIdOrderByIdDesc(recipient.getId(), PageRequest.of(0, 1)).get(0);
        assertThat(row.getStatus()).as("the delivery was never recorded").isEqualTo(OutboxMail.Status.SENDING);

        // the node is back; the claim of its earlier run runs out within the lease
        ClockUtil.setCurrentTime(Date.from(crashedAt.plus(settings.claimLease()).plusSeconds(1)));
        delivery.deliverDue();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).as("the crash cut this mail's delivery: it is sent again").hasSize(2);
        assertThat(received[0].getMessageID()).isEqualTo(row.getMessageId());
        assertThat(received[1].getMessageID()).as("so mail clients fold the copies").isEqualTo(row.getMessageId());
        assertThat(rows.findById(row.getId()).orElseThrow().getStatus()).isEqualTo(OutboxMail.Status.SENT);
    }

    @Test
    void whileTheMailServerIsDownForTenMinutesStepsGoOnAndTheirMailsGoOutAfterwards() throws IOException {
        Person mentee = people.mentee();
        Person mentor = people.mentor(1);
        Instant down = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ClockUtil.setCurrentTime(Date.from(down));
        ProcessInstance process;
        int port = smtpSender.getPort();
        smtpSender.setPort(closedPort());
        try {
            process = MentorshipJourney.requestedAndMailed(requests, mentee, mentor);
            complete(task(process), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));
            execute(job(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS, process));

            assertThat(process).hasPassed(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, MentorshipProcess.TASK_MAIL_CONTACT_DETAILS);
            assertThat(processEngine.getRuntimeService().createIncidentQuery().processInstanceId(process.getId()).count())
                    .isZero();
            List<OutboxMail> waiting = mailsTo(mentee, mentor);
            assertThat(waiting).hasSize(3).allSatisfy(mail -> {
                assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
                assertThat(mail.getAttempts()).isEqualTo(1);
                assertThat(mail.getNextAttemptAt()).isEqualTo(down.plus(Duration.ofMinutes(1)));
            });

            // retried after 1 and 5 minutes (back-off 1, 4, 9 minutes), still down
            ClockUtil.setCurrentTime(Date.from(down.plus(Duration.ofMinutes(1))));
            delivery.deliverDue();
            ClockUtil.setCurrentTime(Date.from(down.plus(Duration.ofMinutes(5))));
            delivery.deliverDue();
            assertThat(mailsTo(mentee, mentor)).allSatisfy(mail -> {
                assertThat(mail.getAttempts()).isEqualTo(3);
                assertThat(mail.getNextAttemptAt()).isEqualTo(down.plus(Duration.ofMinutes(14)));
            });
        } finally {
            smtpSender.setPort(port);
        }
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        // back after ten minutes: the next try sends every mail, once
        ClockUtil.setCurrentTime(Date.from(down.plus(Duration.ofMinutes(10))));
        delivery.deliverDue();
        assertThat(SMTP.getReceivedMessages()).as("not due before minute 14").isEmpty();
        ClockUtil.setCurrentTime(Date.from(down.plus(Duration.ofMinutes(14))));
        delivery.deliverDue();

        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), mentor.getEmail())).hasSize(2);
        assertThat(ReceivedMail.to(SMTP.getReceivedMessages(), mentee.getEmail())).hasSize(1);
        assertThat(mailsTo(mentee, mentor)).extracting(OutboxMail::getStatus).containsOnly(OutboxMail.Status.SENT);
    }

    private List<OutboxMail> mailsTo(Person... recipients) {
        return java.util.Arrays.stream(recipients)
                .flatMap(person -> rows.findByRecipientPersonIdOrderByIdDesc(person.getId(), PageRequest.of(0, 10)).stream())
                .toList();
    }

    /** A port nothing listens on: connections are refused, as by a mail server that is down. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
