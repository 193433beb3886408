package org.mentorflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/** The feedback link in the mail after a meeting: the form, its checks, and answers kept for analysts. */
class FeedbackPagesTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("http://mentorflow\\.test(/feedback/[0-9a-f]+)");

    @Autowired
    MentorshipRequests requests;    @Autowired
    FeedbackRequests feedback;

    @Test
    void eachPartnerGetsAPersonalLinkAndAnswersOnce() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
        Person mentee = people.mentee();
        Person mentor = people.mentor(1);
        ProcessInstance mentorship = MentorshipJourney.running(requests, mentee, mentor);
        clearMailbox();
        MentorshipJourney.heldMeeting(mentorship, Instant.parse("2026-03-10T16:00:00Z"));

        String menteeLink = link(ReceivedMail.to(SMTP.getReceivedMessages(), mentee.getEmail()));
        String mentorLink = link(ReceivedMail.to(SMTP.getReceivedMessages(), mentor.getEmail()));
        assertThat(menteeLink).isNotEqualTo(mentorLink);

        BrowserSession visitor = BrowserSession.anonymous(port);
        HttpResponse<String> form = visitor.get(menteeLink);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("How was it?", "name=\"rating\"", "What went well?");

        HttpResponse<String> forged = visitor.postFormWithoutCsrfToken(menteeLink, Map.of("rating", "1"));
        assertThat(forged.statusCode()).as("a form without the CSRF token is refused").isEqualTo(403);

        HttpResponse<String> invalid = visitor.postForm(menteeLink, Map.of("rating", "9", "wentWell", "The CV tips."));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("Please choose a rating from 1 to 5.").contains("The CV tips.");

        HttpResponse<String> sent = visitor.postForm(menteeLink, Map.of("rating", "5", "wentWell", "The CV tips.", "couldImprove", ""));
        assertThat(sent.body()).contains("Thank you!");
        HttpResponse<String> again = visitor.postForm(menteeLink, Map.of("rating", "1", "wentWell", "changed my mind"));
        assertThat(again.body()).contains("Thank you!");

        List<FeedbackRequest> stored = feedback.of(Long.parseLong(mentorship.getBusinessKey()));
        assertThat(stored).hasSize(2);
        FeedbackRequest answered = stored.stream().filter(FeedbackRequest::isAnswered).findFirst().orElseThrow();
        assertThat(answered.getPersonId()).isEqualTo(mentee.getId());
        assertThat(answered.getRole()).isEqualTo("MENTEE");
        assertThat(answered.getOccasion()).isEqualTo("MEETING_HELD");
        assertThat(answered.getRating()).as("the first answer stays").isEqualTo(5);
        assertThat(answered.getWentWell()).isEqualTo("The CV tips.");
    }

    @Test
    void unknownLinkIsAPlainNotFoundPage() {
        HttpResponse<String> response = get("/feedback/0123456789abcdef");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("This feedback link is not valid").doesNotContain("Exception");
    }

    private static String link(List<ReceivedMail> mails) {
        ReceivedMail mail = mails.stream().filter(m -> m.subject().startsWith("How was your meeting")).findFirst().orElseThrow();
        Matcher matcher = LINK.matcher(mail.text());
        assertThat(matcher.find()).as("feedback link in " + mail.text()).isTrue();
        assertThat(mail.html()).contains("http://mentorflow.test" + matcher.group(1));
        return matcher.group(1);
    }
}
