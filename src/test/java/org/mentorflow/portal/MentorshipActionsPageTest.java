package org.mentorflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.PrivacyChecks.assertShowsNothingPrivateOf;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.agreement.AgreementVersion;
import org.mentorflow.mentorship.agreement.Agreements;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a participant does from "My mentoring": withdraw a request, end a mentorship, propose a change to the
 * agreement. Each asks first, each refusal is a plain sentence, and nobody acts on somebody else's mentorship.
 */
class MentorshipActionsPageTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;


    @Autowired

    Mentorships mentorships;

    @Autowired
    Agreements agreements;

    Person mentee;
    Person mentor;

    @BeforeEach
    void pair() {
        mentee = people.mentee();
        mentor = people.mentor(1);
    }

    // --- withdraw ---

    @Test
    void menteeWithdrawsAfterConfirming() {
        ProcessInstance process = MentorshipJourney.requestedAndMailed(requests, mentee, mentor);
        BrowserSession browser = browser(mentee);
        assertThat(browser.get("/my").body()).contains("Withdraw request", path(process, "withdraw"));

        String confirmation = browser.get(path(process, "withdraw")).body();
        assertThat(confirmation).contains("Do you want to withdraw your request to " + mentor.getDisplayName() + "?",
                "Yes, withdraw the request", "No, keep it");
        assertThat(mentorships.get(id(process)).getState()).as("asking changes nothing").isEqualTo(MentorshipState.REQUESTED);
        assertShowsNothingPrivateOf(confirmation, mentor);

        HttpResponse<String> withdrawn = browser.postForm(path(process, "withdraw"), Map.of());

        assertRedirectedToMy(withdrawn, "request-withdrawn");
        assertThat(mentorships.get(id(process)).getState()).isEqualTo(MentorshipState.WITHDRAWN);
        assertThat(process).isWaitingAt(MentorshipProcess.TASK_MAIL_REQUEST_WITHDRAWN);
        assertThat(browser.get("/my?notice=request-withdrawn").body())
                .contains("Your request is withdrawn", "withdrawn").doesNotContain("Withdraw request");
    }

    @Test
    void aRequestTheMentorAnsweredMeanwhileIsNoLongerOpen() {
        ProcessInstance process = MentorshipJourney.requestedAndMailed(requests, mentee, mentor);
        BrowserSession browser = browser(mentee);
        browser.get(path(process, "withdraw"));
        complete(task(process), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));

        HttpResponse<String> late = browser.postForm(path(process, "withdraw"), Map.of());

        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("This request is no longer open (it is accepted).", "Back to My mentoring")
                .doesNotContain("Yes, withdraw the request");
        assertThat(mentorships.get(id(process)).getState()).isEqualTo(MentorshipState.ACCEPTED);
        assertThat(browser.inLanguage("de").postForm(path(process, "withdraw"), Map.of()).body())
                .contains("Diese Anfrage ist nicht mehr offen (Stand: angenommen).");
    }

    @Test
    void onlyTheMenteeWithdraws() {
        ProcessInstance process = MentorshipJourney.requestedAndMailed(requests, mentee, mentor);

        assertThat(browser(mentor).get("/my").body()).doesNotContain("Withdraw request");
        assertThat(browser(mentor).postForm(path(process, "withdraw"), Map.of()).body())
                .contains("Only the mentee who sent a request can withdraw it.");
        assertThat(mentorships.get(id(process)).getState()).isEqualTo(MentorshipState.REQUESTED);
    }

    // --- cancel ---

    @Test
    void eitherSideEndsARunningMentorshipWithAReasonAfterConfirming() {
        ProcessInstance process = running();
        BrowserSession browser = browser(mentor);
        assertThat(browser.get("/my").body()).contains("End mentorship", path(process, "cancel"));
        assertThat(browser.get(path(process, "cancel")).body())
                .contains("Ending your mentorship with " + mentee.getDisplayName() + " ends it for both of you.");

        String blank = browser.postForm(path(process, "cancel"), Map.of("reason", "  ")).body();
        assertThat(blank).contains("Please give a reason: your partner is told why the mentorship ends.");

        String confirm = browser.postForm(path(process, "cancel"), Map.of("reason", "I move abroad <for good>.")).body();
        assertThat(confirm).contains("Do you really want to end your mentorship with " + mentee.getDisplayName() + "?",
                "I move abroad &lt;for good&gt;.", "name=\"confirmed\" value=\"yes\"", "Yes, end the mentorship");
        assertThat(mentorships.get(id(process)).getState()).as("nothing ends before the confirmation").isEqualTo(MentorshipState.ACTIVE);

        HttpResponse<String> ended = browser.postForm(path(process, "cancel"),
                Map.of("reason", "I move abroad <for good>.", "confirmed", "yes"));

        assertRedirectedToMy(ended, "mentorship-cancelled");
        assertThat(mentorships.get(id(process)).getState()).isEqualTo(MentorshipState.CANCELLED);
        assertThat(mentorships.get(id(process)).getCancelReason()).isEqualTo("I move abroad <for good>.");
        assertThat(browser.get("/my?notice=mentorship-cancelled").body()).contains("The mentorship has ended")
                .doesNotContain("End mentorship");
    }

    @Test
    void aBlankOrOverlongReasonIsNeverConfirmedAndAnEndedMentorshipStaysEnded() {
        ProcessInstance process = running();
        BrowserSession browser = browser(mentee).inLanguage("de");

        assertThat(browser.postForm(path(process, "cancel"), Map.of("reason", " ", "confirmed", "yes")).body())
                .contains("Bitte geben Sie einen Grund an");
        String tooLong = "y".repeat(2001);
        assertThat(browser.postForm(path(process, "cancel"), Map.of("reason", tooLong, "confirmed", "yes")).body())
                .contains("höchstens 2000 Zeichen", tooLong);
        assertThat(mentorships.get(id(process)).getState()).isEqualTo(MentorshipState.ACTIVE);

        browser.postForm(path(process, "cancel"), Map.of("reason", "Fertig.", "confirmed", "yes"));
        assertThat(browser.postForm(path(process, "cancel"), Map.of("reason", "Nochmal.", "confirmed", "yes")).body())
                .contains("Dieses Mentoring ist bereits zu Ende (Stand: beendet).");
    }

    // --- change the agreement ---

    @Test
    void proposesAChangeStartingFromTheAgreementThatCounts() {
        ProcessInstance process = running();
        BrowserSession browser = browser(mentee);
        assertThat(browser.get("/my").body()).contains("Propose a change to the agreement", path(process, "agreement"));

        String form = browser.get(path(process, "agreement")).body();
        assertThat(form).contains("The form starts from version 1", "name=\"durationMonths\" type=\"number\" min=\"1\" max=\"24\" value=\"6\"",
                "value=\"once a month\"", "value=\"video calls, e-mail\"", "value=\"every two weeks\"",
                ">Learn to lead a team.</textarea>", ">CV, interviews, first 100 days</textarea>");

        HttpResponse<String> proposed = browser.postForm(path(process, "agreement"), Map.of("durationMonths", "9",
                "meetingsPlanned", "8", "rhythm", "every three weeks", "contactChannels", "video calls",
                "contactFrequency", "weekly", "goals", "Lead a team of five.", "agenda", ""));

        assertRedirectedToMy(proposed, "change-proposed");
        AgreementVersion amendment = agreements.latest(id(process)).orElseThrow();
        assertThat(amendment.getStatus()).isEqualTo(AgreementVersion.Status.PROPOSED);
        assertThat(amendment.terms().durationMonths()).isEqualTo(9);
        assertThat(amendment.getProposedBy()).isEqualTo(mentee.getId());
        assertThat(amendment.getAgenda()).isNull();
        assertThat(agreements.current(id(process)).orElseThrow().getDurationMonths()).as("the old one counts until approved").isEqualTo(6);
        assertThat(browser.get("/my?notice=change-proposed").body()).contains("Your change to the agreement is proposed",
                "A change to the agreement waits for approval.").doesNotContain(path(process, "agreement"));
    }

    @Test
    void onlyOneChangeWaitsAtATime() {
        ProcessInstance process = running();
        browser(mentee).postForm(path(process, "agreement"), validChange());

        assertThat(browser(mentee).get(path(process, "agreement")).body())
                .contains("Your proposed change is waiting for the decision of " + mentor.getDisplayName())
                .doesNotContain("name=\"durationMonths\"");
        assertThat(browser(mentor).get(path(process, "agreement")).body())
                .contains(mentee.getDisplayName() + " has proposed a change to the agreement: approve or reject it in your open steps first.")
                .doesNotContain("name=\"durationMonths\"");
        assertThat(browser(mentor).postForm(path(process, "agreement"), validChange()).body())
                .contains("A change to the agreement is waiting for approval already.");
        assertThat(agreements.history(id(process))).hasSize(2);
    }

    @Test
    void invalidTermsComeBackExplainedWithWhatWasTyped() {
        ProcessInstance process = running();

        String page = browser(mentee).inLanguage("de").postForm(path(process, "agreement"), Map.of("durationMonths", "neun",
                "meetingsPlanned", "8", "rhythm", "monatlich", "contactChannels", "Video", "contactFrequency", "wöchentlich",
                "goals", " ")).body();

        assertThat(page).contains("Die Dauer muss eine ganze Zahl zwischen 1 und 24 Monaten sein", "Schreiben Sie zwei oder drei Ziele auf.",
                "value=\"neun\"", "value=\"wöchentlich\"");
        assertThat(agreements.history(id(process))).hasSize(1);
    }

    @Test
    void onlyARunningMentorshipChangesItsAgreement() {
        ProcessInstance accepted = MentorshipJourney.accepted(requests, mentee, mentor);

        assertThat(browser(mentee).get(path(accepted, "agreement")).body())
                .contains("Only a running mentorship can change its agreement; this one is accepted.")
                .doesNotContain("name=\"durationMonths\"");
        assertThat(browser(mentee).postForm(path(accepted, "agreement"), validChange()).body())
                .contains("Only a running mentorship can change its agreement; this one is accepted.");
    }

    // --- whose mentorship ---

    @Test
    void nobodyActsOnSomebodyElsesMentorship() {
        ProcessInstance process = running();
        BrowserSession stranger = browser(people.mentee());

        for (String action : new String[] {"withdraw", "cancel", "agreement"}) {
            HttpResponse<String> page = stranger.get(path(process, action));
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("This link does not lead to one of your mentorships.");
            assertThat(stranger.postForm(path(process, action), Map.of("reason", "x", "confirmed", "yes")).statusCode()).isEqualTo(404);
        }
        assertThat(stranger.get("/my/mentorships/abc/cancel").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/my/mentorships/999999999/cancel").statusCode()).isEqualTo(404);
        assertThat(mentorships.get(id(process)).getState()).isEqualTo(MentorshipState.ACTIVE);
    }

    @Test
    void visitorsLogInFirst() {
        ProcessInstance process = running();

        HttpResponse<String> visitor = BrowserSession.anonymous(port).postForm(path(process, "cancel"),
                Map.of("reason", "x", "confirmed", "yes"));

        assertAsksForLogin(visitor);
        assertThat(mentorships.get(id(process)).getState()).isEqualTo(MentorshipState.ACTIVE);
    }

    private ProcessInstance running() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
        return MentorshipJourney.running(requests, mentee, mentor);
    }

    private static Map<String, String> validChange() {
        return Map.of("durationMonths", "9", "meetingsPlanned", "8", "rhythm", "every three weeks",
                "contactChannels", "video calls", "contactFrequency", "weekly", "goals", "Lead a team of five.");
    }

    private static void assertRedirectedToMy(HttpResponse<String> response, String notice) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/my?notice=" + notice));
    }

    private BrowserSession browser(Person person) {
        return BrowserSession.loggedIn(port, person.getId(), "secret");
    }

    private static long id(ProcessInstance process) {
        return Long.parseLong(process.getBusinessKey());
    }

    private static String path(ProcessInstance process, String action) {
        return "/my/mentorships/" + process.getBusinessKey() + "/" + action;
    }
}
