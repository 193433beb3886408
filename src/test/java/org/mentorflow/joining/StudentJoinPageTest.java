package org.mentorflow.joining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorflow.joining.CohortFixture.*;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;

/** A mentee joins the cohort as a student at their level, from sign-up until the request window closes. */
class StudentJoinPageTest extends IntegrationTest {

    @Autowired
    Programmes programmes;

    Programme cohort;
    Person student;

    @BeforeEach
    void cohortAndStudent() {
        cohort = cohort(programmes);
        student = people.mentee();
        clockAt(SIGN_UP);
    }

    @Test
    void joinsAtTheirLevelAndChangesIt() {
        BrowserSession browser = browser(student);
        assertThat(browser.get(path()).body()).contains("Join as a student: " + NAME, "a master&#39;s student", "a doctoral student");

        HttpResponse<String> joined = browser.postForm(path(), Map.of("level", "DOCTORAL"));

        assertThat(joined.statusCode()).isEqualTo(302);
        assertThat(joined.headers().firstValue("Location").orElse(""))
                .endsWith("/programmes/" + cohort.getSlug() + "/mentors?notice=joined");
        assertThat(programmes.candidate(cohort.getId(), student.getId(), CandidateRole.STUDENT).orElseThrow().levelList())
                .containsExactly(MentoringLevel.DOCTORAL);
        assertThat(browser.get("/programmes/" + cohort.getSlug() + "/mentors?notice=joined").body())
                .contains("You take part in " + NAME + ": these are the mentor candidates of your level.");
        assertThat(browser.get("/my").body()).contains("Your programmes", NAME, "student");

        clockAt(REQUESTS);
        browser.postForm(path(), Map.of("level", "MASTERS"));
        assertThat(programmes.candidate(cohort.getId(), student.getId(), CandidateRole.STUDENT).orElseThrow().levelList())
                .containsExactly(MentoringLevel.MASTERS);
        assertThat(programmes.candidates(cohort.getId(), CandidateRole.STUDENT)).extracting(c -> c.getPersonId())
                .containsOnlyOnce(student.getId());
    }

    @Test
    void refusalsArePlainSentences() {
        assertThat(browser(student).postForm(path(), Map.of()).body())
                .contains("Choose your level: are you a master&#39;s or a doctoral student?");
        assertThat(browser(student).postForm(path(), Map.of("level", "BACHELOR")).body())
                .contains("Choose your level: are you a master&#39;s or a doctoral student?");

        Person blank = people.menteeWithoutApplication();
        assertThat(browser(blank).get(path()).body()).contains("Your application is incomplete", "before you join " + NAME + ".");
        assertThat(browser(blank).postForm(path(), Map.of("level", "MASTERS")).body()).contains("Your application is incomplete");

        Person mentor = people.mentor(1);
        assertThat(browser(mentor).postForm(path(), Map.of("level", "MASTERS")).body())
                .contains("Only mentees join a programme as students; choose the mentee role in your profile first.");

        clockAt(AFTER);
        assertThat(browser(student).get(path()).body()).contains("Joining " + NAME + " closed on 26 January 2025, with its request window.");
        assertThat(browser(student).postForm(path(), Map.of("level", "MASTERS")).body()).contains("closed on 26 January 2025");
        clockAt(BEFORE_SIGN_UP);
        assertThat(browser(student).inLanguage("de").get(path()).body())
                .contains("Studierende können " + NAME + " vom 7. Januar 2025 bis zum 26. Januar 2025 beitreten.");
        assertThat(programmes.candidate(cohort.getId(), student.getId(), CandidateRole.STUDENT)).isEmpty();
        assertThat(programmes.candidate(cohort.getId(), blank.getId(), CandidateRole.STUDENT)).isEmpty();
    }

    private String path() {
        return "/programmes/" + cohort.getSlug() + "/join";
    }

    private BrowserSession browser(Person person) {
        return BrowserSession.loggedIn(port, person.getId(), "secret");
    }
}
