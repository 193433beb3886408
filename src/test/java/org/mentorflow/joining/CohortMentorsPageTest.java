package org.mentorflow.joining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.joining.CohortFixture.*;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.directory.MentorDirectory;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cohort's mentor candidates as its students see them, before, inside and after the request window; the request
 * from a card with the cohort's rules, each refusal a plain sentence in the reader's language; a full mentor leaves
 * the list and a declined request puts them back; the continuous search counts only its own mentorships.
 */
class CohortMentorsPageTest extends IntegrationTest {

    private static final String MESSAGE = "Dear mentor, I'd love to learn from you.";
    private static final String MESSAGE_SHOWN = "Dear mentor, I&#39;d love to learn from you.</textarea>";

    @Autowired
    Programmes programmes;

    @Autowired
    CohortSignUps signUps;

    @Autowired
    MentorshipRequests requests;

    @Autowired
    Mentorships mentorships;

    @Autowired
    MentorDirectory directory;

    Programme cohort;
    Person student;
    Person mentor;

    @BeforeEach
    void cohortWithACandidate() {
        cohort = cohort(programmes);
        clockAt(SIGN_UP);
        mentor = candidate(1, MentoringLevel.MASTERS);
        student = student(MentoringLevel.MASTERS);
    }

    @Test
    void beforeTheWindowTheListIsThereToBrowseWithTheDates() {
        clockAt(BETWEEN);
        String page = browser(student).get(listPath()).body();

        assertThat(page).contains("Mentor candidates: " + NAME, mentor.getDisplayName(),
                "Requests in " + NAME + " can be sent from 20 January 2025 to 26 January 2025.",
                "Showing the mentors of your level: Master&#39;s students.", "1 free place");
        assertThat(page).doesNotContain(requestPath(mentor));
        assertThat(browser(student).inLanguage("de").get(listPath()).body())
                .contains("Anfragen in " + NAME + " können vom 20. Januar 2025 bis zum 26. Januar 2025 gesendet werden.");
    }

    @Test
    void insideTheWindowEachCardHasItsRequestButton() {
        clockAt(REQUESTS);
        String page = browser(student).get(listPath()).body();

        assertThat(page).contains(mentor.getDisplayName(), "href=\"" + requestPath(mentor) + "\"", "Ask one mentor at a time.")
                .doesNotContain("can be sent from");
    }

    @Test
    void afterTheWindowOnlyTheDates() {
        clockAt(AFTER);
        String page = browser(student).get(listPath()).body();

        assertThat(page).contains("The request window of " + NAME + " ended on 26 January 2025.")
                .doesNotContain(mentor.getDisplayName());
        assertThat(browser(student).inLanguage("de").get(listPath()).body())
                .contains("Das Anfragefenster von " + NAME + " endete am 26. Januar 2025.");
    }

    @Test
    void studentsSeeTheMentorsOfTheirLevelOnly() {
        Person doctoralMentor = candidate(1, MentoringLevel.DOCTORAL);
        Person doctoralStudent = student(MentoringLevel.DOCTORAL);
        clockAt(REQUESTS);

        assertThat(browser(doctoralStudent).get(listPath()).body()).contains(doctoralMentor.getDisplayName() + "<")
                .doesNotContain(requestPath(mentor));
        assertThat(browser(student).get(listPath()).body()).contains(requestPath(mentor))
                .doesNotContain(requestPath(doctoralMentor));
        assertRefused(doctoralStudent, mentor, mentor.getDisplayName() + " does not mentor students of your level in " + NAME
                + "; choose a mentor from the list.");

        Person notJoined = people.mentee();
        assertThat(browser(notJoined).get(listPath()).body()).as("a student without a level sees every candidate")
                .contains(requestPath(mentor), requestPath(doctoralMentor), "Join as a student");
    }

    @Test
    void aRequestGoesToTheCohortAndShowsOnMyMentoring() {
        clockAt(REQUESTS);
        BrowserSession browser = browser(student);
        assertThat(browser.get(requestPath(mentor)).body()).contains("Ask " + mentor.getDisplayName() + " for a mentorship",
                "In " + NAME, "action=\"" + requestPath(mentor) + "\"").doesNotContain("id=\"problem\"");

        HttpResponse<String> sent = browser.postForm(requestPath(mentor), Map.of("message", "  Would you be my mentor?  "));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/my?notice=request-sent");
        Mentorship request = mentorships.of(student.getId()).get(0);
        assertThat(request.getProgramme().getId()).isEqualTo(cohort.getId());
        assertThat(request.getState()).isEqualTo(MentorshipState.REQUESTED);
        assertThat(request.getRequestMessage()).isEqualTo("Would you be my mentor?");
        assertThat(browser.get("/my?notice=request-sent").body()).contains("Your request is on its way",
                "Programme: " + NAME, "With your mentor " + mentor.getDisplayName());
    }

    @Test
    void theThreeRefusalsOfTheIssueInEnglish() {
        clockAt(BETWEEN);
        assertRefused(student, mentor, "Requests in " + NAME + " can be sent from 20 January 2025 to 26 January 2025. Come back then: you can browse the mentor candidates already.");

        clockAt(REQUESTS);
        Person popular = candidate(2, MentoringLevel.MASTERS);
        requested(student(MentoringLevel.MASTERS), popular);
        requested(student(MentoringLevel.MASTERS), popular);
        assertRefused(student, popular, popular.getDisplayName()
                + " already has 2 open requests; try again later or choose another mentor.");

        requested(student, candidate(1, MentoringLevel.MASTERS));
        assertRefused(student, mentor,
                "You already have an open request. Wait for the answer or withdraw it before you ask another mentor.");

        clockAt(AFTER);
        assertRefused(people.mentee(), mentor, "The request window of " + NAME + " ended on 26 January 2025."
                + " A coordinator places the students still without a mentor; you will hear from them by mail.");
    }

    @Test
    void theThreeRefusalsOfTheIssueInGerman() {
        clockAt(BETWEEN);
        assertRefusedInGerman(student, mentor, "Anfragen in " + NAME
                + " können vom 20. Januar 2025 bis zum 26. Januar 2025 gesendet werden."
                + " Kommen Sie dann wieder: Die Mentor-Kandidat:innen können Sie schon jetzt ansehen.");

        clockAt(REQUESTS);
        Person popular = candidate(2, MentoringLevel.MASTERS);
        requested(student(MentoringLevel.MASTERS), popular);
        requested(student(MentoringLevel.MASTERS), popular);
        assertRefusedInGerman(student, popular, popular.getDisplayName()
                + " hat bereits 2 offene Anfragen; versuchen Sie es später noch einmal oder wählen Sie eine andere Mentorin bzw. einen anderen Mentor.");

        requested(student, candidate(1, MentoringLevel.MASTERS));
        assertRefusedInGerman(student, mentor,
                "Sie haben bereits eine offene Anfrage. Warten Sie auf die Antwort oder ziehen Sie sie zurück, bevor Sie jemand anderen anfragen.");
    }

    @Test
    void aFullMentorAndOneWhoIsNoCandidateAreRefused() {
        clockAt(REQUESTS);
        accepted(student(MentoringLevel.MASTERS), mentor);
        assertRefused(student, mentor, mentor.getDisplayName() + " has no free place for another mentee right now.");

        Person outsider = people.mentor(2);
        assertRefused(student, outsider, outsider.getDisplayName() + " is not a mentor candidate in " + NAME + ".");
        assertThat(browser(student).get("/programmes/" + cohort.getSlug() + "/mentors/nosuchmentor/request").statusCode())
                .isEqualTo(404);
        assertThat(browser(student).postForm(requestPath(mentor), Map.of("message", " ")).body())
                .contains("Please write a short message to the mentor.");
    }

    @Test
    void aFullMentorLeavesTheListAndADeclinedRequestPutsThemBack() {
        clockAt(REQUESTS);
        Person two = candidate(2, MentoringLevel.MASTERS);
        assertThat(listed()).contains(requestPath(mentor), requestPath(two));

        ProcessInstance first = requested(student(MentoringLevel.MASTERS), two);
        assertThat(listed()).as("one open request of two").contains(requestPath(two));
        ProcessInstance second = requested(student(MentoringLevel.MASTERS), two);
        assertThat(listed()).as("two open requests: enough").doesNotContain(requestPath(two));

        complete(task(first), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_DECLINE));
        assertThat(listed()).as("a declined request puts the mentor back").contains(requestPath(two));

        complete(task(second), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));
        assertThat(listed()).as("one of two places taken, no open request").contains(requestPath(two));
        assertThat(browser(student).get(listPath()).body()).contains("1 free place");

        accepted(student(MentoringLevel.MASTERS), mentor);
        assertThat(listed()).as("the only place taken: full").doesNotContain(requestPath(mentor));
    }

    @Test
    void theContinuousSearchCountsOnlyItsOwnMentorships() {
        clockAt(REQUESTS);
        // room for one in the continuous programme (the profile), one place in the cohort: taken
        accepted(student(MentoringLevel.MASTERS), mentor);
        assertThat(listed()).doesNotContain(requestPath(mentor));

        assertThat(directory.isListed(mentor.getId())).isTrue();
        assertThat(directory.card(mentor.getId()).orElseThrow().freePlaces()).isEqualTo(1);
        Person placed = peopleService.get(mentor.getId());
        placed.setLocation("Espoo " + mentor.getPublicId());
        people.save(placed);
        assertThat(get("/mentors?location=" + placed.getLocation().replace(" ", "+")).body()).as("the search finds and offers them")
                .contains("/mentors/" + mentor.getPublicId() + "/request");

        // and the other way round: two open requests in the continuous programme leave the cohort's list alone
        Person both = candidate(1, MentoringLevel.MASTERS);
        MentorshipJourney.requestedAndMailed(requests, people.mentee(), both);
        Person twoPlaces = peopleService.get(both.getId());
        twoPlaces.setCapacity(2);
        people.save(twoPlaces);
        MentorshipJourney.requestedAndMailed(requests, people.mentee(), both);
        assertThat(directory.isListed(both.getId())).isFalse();
        assertThat(listed()).contains(requestPath(both));
    }

    /** The cohort's list as the master's student sees it. */
    private String listed() {
        return browser(student).get(listPath()).body();
    }

    private Person candidate(int capacity, MentoringLevel... levels) {
        Person created = people.mentor(1);
        created.getMentoringLevels().addAll(List.of(MentoringLevel.values()));
        Person person = people.save(created);
        java.time.Instant now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
        clockAt(SIGN_UP);
        signUps.signUpMentor(cohort, person.getId(), new CohortSignUps.MentorChoices(capacity, List.of(levels), List.of("en"),
                "Anyone curious."));
        clockAt(now);
        return person;
    }

    private Person student(MentoringLevel level) {
        Person person = people.mentee();
        java.time.Instant now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
        clockAt(SIGN_UP);
        signUps.join(cohort, person.getId(), level);
        clockAt(now);
        return person;
    }

    /** The student's request in the cohort, the mentor mailed: the review task waits. */
    private ProcessInstance requested(Person from, Person to) {
        ProcessInstance process = MentorshipJourney.processOf(requests.request(cohort.getId(), from.getId(), to.getId(), "Hello"));
        execute(job(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, process));
        return process;
    }

    private void accepted(Person from, Person to) {
        complete(task(requested(from, to)), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));
    }

    private void assertRefused(Person requester, Person requested, String sentence) {
        assertRefused(browser(requester), requester, requested, sentence);
    }

    private void assertRefusedInGerman(Person requester, Person requested, String sentence) {
        assertRefused(browser(requester).inLanguage("de"), requester, requested, sentence);
    }

    private void assertRefused(BrowserSession browser, Person requester, Person requested, String sentence) {
        int before = mentorships.of(requester.getId()).size();
        HttpResponse<String> answer = browser.postForm(requestPath(requested), Map.of("message", MESSAGE));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<p class=\"notice problem\" id=\"problem\">" + sentence + "</p>", MESSAGE_SHOWN);
        assertThat(mentorships.of(requester.getId())).hasSize(before);
    }

    private String listPath() {
        return "/programmes/" + cohort.getSlug() + "/mentors";
    }

    private String requestPath(Person mentor) {
        return "/programmes/" + cohort.getSlug() + "/mentors/" + mentor.getPublicId() + "/request";
    }

    private BrowserSession browser(Person person) {
        return BrowserSession.loggedIn(port, person.getId(), "secret");
    }
}
