package org.mentorflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

class MailPageTest extends IntegrationTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxMailRepository outboxRows;
    @Autowired
    TransactionTemplate transaction;
    @Test
    void asksForALoginBeforeShowingAnyMail() {
        HttpResponse<String> response = get("/mail");

        assertAsksForLogin(response);
        assertThat(response.body()).doesNotContain("@mentorflow.local");
        assertAsksForLogin(get("/mail/1"));
    }

    @Test
    void recipientReadsAMailAndDownloadsItsAttachmentOthersDoNot() {
        Person recipient = people.mentee();
        byte[] file = "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8);
        transaction.executeWithoutResult(status -> outbox.queue("test/attachment/" + recipient.getId(), "request-withdrawn",
                recipient, Map.of("recipient", recipient, "partner", recipient),
                List.of(new MailAttachment("meeting.ics", "text/calendar", file))));
        long id = outboxRows.findByRecipientPersonIdOrderByIdDesc(recipient.getId(), PageRequest.of(0, 1)).get(0).getId();

        BrowserSession browser = BrowserSession.loggedIn(port, recipient.getId(), "secret");
        String page = new String(browser.getBytes("/mail/" + id).body(), StandardCharsets.UTF_8);
        assertThat(page).contains("meeting.ics", "/mail/" + id + "/attachments/0");
        HttpResponse<byte[]> download = browser.getBytes("/mail/" + id + "/attachments/0");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(file);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("meeting.ics"));

        BrowserSession stranger = BrowserSession.loggedIn(port, people.mentee().getId(), "secret");
        assertThat(stranger.getBytes("/mail/" + id + "/attachments/0").statusCode()).isEqualTo(404);
        assertAsksForLogin(get("/mail/" + id + "/attachments/0"));
    }

    @Test
    void homePageLeadsToTasklistAndMail() {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/camunda/app/tasklist/default/", "/mail");
        // Cockpit only once logged in as someone Camunda lets in (CamundaWebappsInTheBrowserTest)
        assertThat(response.body()).doesNotContain("/camunda/app/cockpit/default/");
    }
}
