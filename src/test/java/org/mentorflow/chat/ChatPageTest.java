package org.mentorflow.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.lifecycle.MentorshipLifecycle;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/** The thread page /chat/{id}: the two participants write and read it, nobody else sees anything. */
class ChatPageTest extends IntegrationTest {

    /** 10:00 in Vienna (the programme's time zone in tests): winter time, UTC+1. */
    private static final Instant MORNING = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    MentorshipRequests requests;
    @Autowired
    MentorshipLifecycle lifecycle;
    @Autowired
    ChatThreads chats;

    Person mentee;
    Person mentor;

    @BeforeEach
    void pair() {
        ClockUtil.setCurrentTime(Date.from(MORNING));
        mentee = people.mentee();
        mentor = people.mentor(1);
    }

    @Test
    void bothSidesWriteAndReadTheirThreadNewestAtTheBottom() {
        long id = accepted();
        BrowserSession menteeBrowser = as(mentee);
        BrowserSession mentorBrowser = as(mentor);

        HttpResponse<String> sent = menteeBrowser.postForm(chat(id), Map.of("text", "Hello Max, when shall we meet?"));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).contains(chat(id));
        ClockUtil.setCurrentTime(Date.from(MORNING.plusSeconds(5 * 60)));
        assertThat(mentorBrowser.postForm(chat(id), Map.of("text", "Tuesday at ten?\nOnline is fine.")).statusCode()).isEqualTo(302);

        String page = menteeBrowser.get(chat(id) + "?lang=en").body();
        assertThat(page).contains("Messages with " + mentor.getDisplayName(),
                "<span class=\"author\">" + mentee.getFirstName() + "</span>", "<span class=\"author\">" + mentor.getFirstName() + "</span>",
                "2 Mar 2026, 10:00", "2 Mar 2026, 10:05", "Times in Europe/Vienna time.");
        assertThat(page.indexOf("Hello Max, when shall we meet?")).as("oldest first, newest at the bottom")
                .isPositive().isLessThan(page.indexOf("Tuesday at ten?\nOnline is fine."));
        assertThat(page).as("partners see first names only").doesNotContain(mentor.getLastName(), mentee.getLastName());
        assertThat(mentorBrowser.get(chat(id)).body()).contains("Hello Max, when shall we meet?", "Tuesday at ten?");
    }

    @Test
    void aScriptInAMessageIsShownAsText() {
        long id = accepted();
        as(mentee).postForm(chat(id), Map.of("text", "<script>alert(1)</script><b>bold</b>"));

        String page = as(mentor).get(chat(id)).body();

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script>alert(1)").doesNotContain("<b>bold</b>");
    }

    @Test
    void strangersCoordinatorsAndUnknownThreadsGetTheSameNotFound() {
        long id = accepted();
        as(mentee).postForm(chat(id), Map.of("text", "Something private about my thesis."));
        Person stranger = people.mentee();

        HttpResponse<String> foreign = as(stranger).get(chat(id) + "?lang=en");
        HttpResponse<String> unknown = as(stranger).get(chat(999_999_999_999L) + "?lang=en");
        HttpResponse<String> coordinator = as(people.coordinator()).get(chat(id) + "?lang=en");

        for (HttpResponse<String> response : List.of(foreign, unknown, coordinator)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("There is no conversation for you here.")
                    .doesNotContain("Something private", mentor.getDisplayName(), mentee.getDisplayName(), mentor.getLastName());
        }
        assertThat(withoutTimeAndPath(foreign.body())).as("a foreign thread looks exactly like none")
                .isEqualTo(withoutTimeAndPath(unknown.body()));

        HttpResponse<String> intrusion = as(stranger).postForm(chat(id), Map.of("text", "Let me in"));
        assertThat(intrusion.statusCode()).isEqualTo(404);
        assertThat(as(mentor).get(chat(id)).body()).contains("Something private").doesNotContain("Let me in");
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() {
        long id = accepted();
        as(mentee).postForm(chat(id), Map.of("text", "Only for Max."));
        BrowserSession visitor = BrowserSession.anonymous(port);

        HttpResponse<String> read = visitor.get(chat(id));
        HttpResponse<String> write = visitor.postForm(chat(id), Map.of("text", "Anonymous hello"));

        for (HttpResponse<String> response : List.of(read, write)) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            assertThat(response.body()).doesNotContain("Only for Max.");
        }
        assertThat(as(mentor).get(chat(id)).body()).doesNotContain("Anonymous hello");
    }

    @Test
    void noChatBeforeTheMentorAccepts() {
        long id = Long.parseLong(MentorshipJourney.requestedAndMailed(requests, mentee, mentor).getBusinessKey());

        assertThat(as(mentee).get(chat(id)).statusCode()).isEqualTo(404);
        assertThat(as(mentor).get(chat(id)).statusCode()).isEqualTo(404);
        assertThat(as(mentee).postForm(chat(id), Map.of("text", "Please accept!")).statusCode()).isEqualTo(404);
        assertThat(as(mentor).get("/my?lang=en").body()).doesNotContain(chat(id));
    }

    @Test
    void aCancelledMentorshipsThreadStaysReadableButTakesNoMessages() {
        long id = accepted();
        as(mentee).postForm(chat(id), Map.of("text", "Thank you for accepting!"));
        lifecycle.cancel(id, mentor.getId(), "I am moving abroad.");

        HttpResponse<String> page = as(mentee).get(chat(id) + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Thank you for accepting!", "This mentorship was cancelled.")
                .doesNotContain("name=\"text\"");

        HttpResponse<String> late = as(mentor).postForm(chat(id) + "?lang=en", Map.of("text", "Sorry, one more thing"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("This mentorship has ended, so no new messages can be sent.")
                .contains("readonly>Sorry, one more thing</textarea>");
        assertThat(as(mentee).get(chat(id)).body()).doesNotContain("Sorry, one more thing");
        assertThat(as(mentee).get("/my?lang=en").body()).contains("href=\"" + chat(id) + "\"");
    }

    @Test
    void badInputsGetAClearMessageAndKeepTheText() {
        long id = accepted();
        BrowserSession browser = as(mentee);

        HttpResponse<String> empty = browser.postForm(chat(id) + "?lang=en", Map.of("text", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Please write a message before you send it.");
        assertThat(browser.postForm(chat(id) + "?lang=en", Map.of("text", "  \r\n\t ")).body())
                .contains("Please write a message before you send it.");
        assertThat(browser.postForm(chat(id) + "?lang=en", Map.of()).statusCode()).isEqualTo(400);

        String tooLong = "Long story. ".repeat(333) + "12345"; // 4001 characters
        HttpResponse<String> refused = browser.postForm(chat(id) + "?lang=en", Map.of("text", tooLong));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Your message has 4001 characters; at most 4000 fit.")
                .contains(">" + tooLong + "</textarea>");

        String german = browser.postForm(chat(id) + "?lang=de", Map.of("text", "")).body();
        assertThat(german).contains("Bitte schreiben Sie eine Nachricht, bevor Sie sie senden.");

        assertThat(browser.postForm(chat(id), Map.of("text", "a".repeat(4000))).statusCode()).as("exactly the limit").isEqualTo(302);

        // line breaks count once, as the browser's maxlength counts them: 2000 lines of one character fit
        String longestWithBreaks = "x\r\n".repeat(1999) + "y\r\n";
        assertThat(browser.postForm(chat(id), Map.of("text", longestWithBreaks)).statusCode()).isEqualTo(302);
        assertThat(browser.postForm(chat(id), Map.of("text", "Null\u0000byte and bell\u0007 vanish")).statusCode()).isEqualTo(302);
        assertThat(browser.get("/chat/abc").statusCode()).isEqualTo(404);

        String page = as(mentor).get(chat(id)).body();
        assertThat(page).contains("Nullbyte and bell vanish").doesNotContain("Long story. Long story.");
        assertThat(page).contains("x\nx\nx").contains("x\ny</p>");
    }

    @Test
    void myMentoringLinksToTheThreadWithTheUnreadCount() {
        long id = accepted();
        as(mentee).postForm(chat(id), Map.of("text", "First"));
        as(mentee).postForm(chat(id), Map.of("text", "Second"));
        BrowserSession mentorBrowser = as(mentor);

        assertThat(mentorBrowser.get("/my?lang=en").body()).contains("href=\"" + chat(id) + "\">Messages (2 unread)</a>");
        assertThat(as(mentee).get("/my?lang=en").body()).as("one's own messages are not unread")
                .contains("href=\"" + chat(id) + "\">Messages</a>");

        mentorBrowser.get(chat(id));

        assertThat(mentorBrowser.get("/my?lang=en").body()).contains("href=\"" + chat(id) + "\">Messages</a>");
        assertThat(mentorBrowser.get("/my?lang=de").body()).contains(">Nachrichten</a>");
    }

    @Test
    void theContactDetailsMailPointsToTheChat() {
        long id = accepted();

        ReceivedMail mail = ReceivedMail.to(SMTP.getReceivedMessages(), mentee.getEmail()).get(0);

        assertThat(mail.subject()).startsWith("Your mentorship with");
        assertThat(mail.text()).contains("You can also write to each other in MentorFlow: http://mentorflow.test/chat/" + id);
        assertThat(mail.html()).contains("href=\"http://mentorflow.test/chat/" + id + "\"");
    }

    @Test
    void deletingAnAccountRemovesTheMessagesItsOwnerWrote() {
        long id = accepted();
        as(mentee).postForm(chat(id), Map.of("text", "My phone number is +43 1 234."));
        as(mentor).postForm(chat(id), Map.of("text", "Thanks, I will call you."));

        assertThat(chats.deleteMessagesWrittenBy(mentee.getId())).isEqualTo(1);

        assertThat(as(mentor).get(chat(id)).body()).doesNotContain("+43 1 234").contains("Thanks, I will call you.");
    }

    private long accepted() {
        return Long.parseLong(MentorshipJourney.accepted(requests, mentee, mentor).getBusinessKey());
    }

    private BrowserSession as(Person person) {
        return BrowserSession.loggedIn(port, person.getId(), "secret");
    }

    /** The error answer names the time and the path asked for; the rest must not differ. */
    private static String withoutTimeAndPath(String errorBody) {
        return errorBody.replaceAll("\"timestamp\":\"[^\"]*\"", "").replaceAll("\"path\":\"[^\"]*\"", "");
    }

    private static String chat(long id) {
        return "/chat/" + id;
    }
}
