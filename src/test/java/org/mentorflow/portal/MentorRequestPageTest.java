package org.mentorflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorflow.PrivacyChecks.assertShowsNothingPrivateOf;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mentee asks a mentor from the mentor's card. Each rule of the request stage that refuses comes back as a plain
 * sentence in the reader's language, the message typed is kept, and nothing starts.
 */
class MentorRequestPageTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;


    @Autowired

    Mentorships mentorships;

    Person mentee;
    Person mentor;

    @BeforeEach
    void menteeAndMentor() {
        mentee = people.mentee();
        mentor = people.mentor(1);
        mentor.setDateOfBirth(LocalDate.of(1979, 11, 23));
        mentor.setLocation("Krems");
        people.save(mentor);
    }

    @Test
    void visitorsLogInFirstAndComeBack() {
        BrowserSession visitorBrowser = BrowserSession.anonymous(port);
        HttpResponse<String> visitor = visitorBrowser.get(requestPath(mentor));

        assertAsksForLogin(visitor);
        HttpResponse<String> login = visitorBrowser.logIn(mentee.getId(), "secret");
        assertThat(login.headers().firstValue("Location")).as("back to the request page").hasValueSatisfying(location ->
                assertThat(location).contains(requestPath(mentor)));
        HttpResponse<String> post = BrowserSession.anonymous(port).postForm(requestPath(mentor), Map.of("message", "Hi"));
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(mentorships.of(mentee.getId())).isEmpty();
    }

    @Test
    void showsTheAnonymisedCardAndTheApplicationAtAGlance() {
        String page = browser(mentee).get(requestPath(mentor)).body();

        assertThat(page).contains("Ask " + mentor.getDisplayName() + " for a mentorship", "Krems",
                "Twelve years in software product management.", "Your application",
                "My data", "My current situation", "My goals", "What help I wish for", "filled in",
                "Your message to " + mentor.getDisplayName(), "action=\"/mentors/" + mentor.getPublicId() + "/request\"");
        assertThat(page).doesNotContain("missing, please fill it in first");
        assertShowsNothingPrivateOf(page, mentor);
    }

    @Test
    void sendsTheRequestAndShowsItOnMyMentoring() {
        BrowserSession browser = browser(mentee);

        HttpResponse<String> sent = browser.postForm(requestPath(mentor), Map.of("message", "  Would you be my mentor?  "));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/my?notice=request-sent"));
        Mentorship request = mentorships.of(mentee.getId()).get(0);
        assertThat(request.getMentor().getId()).isEqualTo(mentor.getId());
        assertThat(request.getState()).isEqualTo(MentorshipState.REQUESTED);
        assertThat(request.getRequestMessage()).isEqualTo("Would you be my mentor?");
        assertThat(browser.get("/my?notice=request-sent").body()).contains("Your request is on its way",
                "With your mentor " + mentor.getDisplayName(), "requested", "Withdraw request");
    }

    @Test
    void fullMentorIsRefusedPlainlyAndTheMessageKept() {
        MentorshipJourney.accepted(requests, people.mentee(), mentor);

        assertRefused(mentee, mentor, mentor.getDisplayName() + " has no free place for another mentee right now.");
        assertThat(browser(mentee).get(requestPath(mentor)).body()).contains("No free place right now");
    }

    @Test
    void mentorWithTwoOpenRequestsIsRefused() {
        Person popular = people.mentor(2);
        MentorshipJourney.requestedAndMailed(requests, people.mentee(), popular);
        MentorshipJourney.requestedAndMailed(requests, people.mentee(), popular);

        assertRefused(mentee, popular, popular.getDisplayName() + " already has 2 open requests; try again later or choose another mentor.");
    }

    @Test
    void aSecondOpenRequestIsRefused() {
        requests.request(mentee.getId(), people.mentor(1).getId(), "First one");

        assertRefused(mentee, mentor, "You already have an open request. Wait for the answer or withdraw it before you ask another mentor.");
    }

    @Test
    void incompleteApplicationIsRefusedAndTheMissingSectionsShown() {
        Person blank = people.menteeWithoutApplication();

        String page = assertRefused(blank, mentor, "Your application is incomplete: fill in &quot;my data&quot;");
        assertThat(page).contains("missing, please fill it in first");
    }

    @Test
    void nobodyRequestsThemselves() {
        Person both = people.mentee();
        both.setMentor(true);
        both.setMentorVerified(true);
        people.save(both);

        assertRefused(both, both, "You cannot request yourself as your mentor.");
    }

    @Test
    void onlyMenteesRequest() {
        assertRefused(people.mentor(1), mentor, "Only mentees can request a mentorship; choose the mentee role in your profile first.");
    }

    @Test
    void refusalsSpeakTheReadersLanguage() {
        MentorshipJourney.accepted(requests, people.mentee(), mentor);

        String page = browser(mentee).inLanguage("de").postForm(requestPath(mentor), Map.of("message", "Hallo!")).body();

        assertThat(page).contains(mentor.getDisplayName() + " hat derzeit keinen freien Platz für weitere Mentees.",
                "Ihre Nachricht an", ">Hallo!</textarea>");
    }

    @Test
    void anEmptyOrOverlongMessageIsRefusedAndNothingStarts() {
        BrowserSession browser = browser(mentee);

        assertThat(browser.postForm(requestPath(mentor), Map.of("message", "   ")).body())
                .contains("Please write a short message to the mentor.");
        assertThat(browser.postForm(requestPath(mentor), Map.of()).body())
                .contains("Please write a short message to the mentor.");
        String tooLong = "x".repeat(MentorshipRequests.MAX_MESSAGE_LENGTH + 1);
        assertThat(browser.postForm(requestPath(mentor), Map.of("message", tooLong)).body())
                .contains("Your message is too long: at most 4000 characters, please.", tooLong);
        assertThat(mentorships.of(mentee.getId())).isEmpty();
    }

    @Test
    void anUnknownMentorIsNotFound() {
        HttpResponse<String> unknown = browser(mentee).get("/mentors/nosuchmentor/request");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("This link does not lead to a mentor.");

        // a login id is no public id: the login name of a mentor finds nothing
        assertThat(browser(mentee).get("/mentors/" + mentor.getId() + "/request").statusCode()).isEqualTo(404);
        assertThat(browser(mentee).get(requestPath(mentee)).statusCode()).as("a mentee has no mentor card").isEqualTo(404);
        assertThat(browser(mentee).postForm("/mentors/nosuchmentor/request", Map.of("message", "Hi")).statusCode()).isEqualTo(404);
    }

    /** Posts the request, checks the page shows the refusal and keeps the message, and that no request was made. */
    private String assertRefused(Person requester, Person requested, String refusal) {
        int before = mentorships.of(requester.getId()).size();
        HttpResponse<String> answer = browser(requester).postForm(requestPath(requested),
                Map.of("message", "Dear mentor, I'd love to learn from you."));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains(refusal, "Dear mentor, I&#39;d love to learn from you.</textarea>");
        assertThat(mentorships.of(requester.getId())).hasSize(before);
        if (!requested.getId().equals(requester.getId())) {
            assertShowsNothingPrivateOf(answer.body(), requested);
        }
        return answer.body();
    }

    private BrowserSession browser(Person person) {
        return BrowserSession.loggedIn(port, person.getId(), "secret");
    }

    private static String requestPath(Person mentor) {
        return "/mentors/" + mentor.getPublicId() + "/request";
    }
}
