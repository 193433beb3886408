package org.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;

/** A cohort's student ranks up to three mentor candidates; outside the time or for non-students, a plain refusal. */
class StudentChoicesPageTest extends IntegrationTest {

    @Autowired
    Programmes programmes;
    @Autowired
    StudentChoices choices;
    @Autowired
    Clock clock;

    Programme cohort;
    Person student;
    Person anna;
    Person bernd;
    Person doctoralOnly;

    @BeforeEach
    void cohortWithMentors() {
        Cohorts cohorts = new Cohorts(programmes);
        Instant now = clock.instant();
        cohort = cohorts.cohort(now);
        anna = people.mentor(2, "en");
        bernd = people.mentor(1, "en");
        doctoralOnly = people.mentor(1, "en");
        cohorts.mentor(cohort, anna, 2, null, now, MentoringLevel.MASTERS);
        cohorts.mentor(cohort, bernd, 1, null, now, MentoringLevel.MASTERS, MentoringLevel.DOCTORAL);
        cohorts.mentor(cohort, doctoralOnly, 1, null, now, MentoringLevel.DOCTORAL);
        student = people.mentee("en");
        cohorts.student(cohort, student, MentoringLevel.MASTERS, now);
    }

    @Test
    void aStudentRanksMentorsWhoMentorTheirLevel() {
        BrowserSession browser = BrowserSession.loggedIn(port, student.getId(), "secret");
        String page = browser.get(path()).body();
        assertThat(page).contains("Your mentor choices: Mentoring Cohort Test", "1st choice", "3rd choice",
                "value=\"" + anna.getId() + "\"", "value=\"" + bernd.getId() + "\"")
                .as("a master's student chooses among mentors of master's students").doesNotContain(doctoralOnly.getId());

        HttpResponse<String> saved = browser.postForm(path(), Map.of("choice1", bernd.getId(), "choice2", anna.getId(), "choice3", ""));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(choices.of(cohort.getId(), student.getId())).containsExactly(bernd.getId(), anna.getId());
        assertThat(browser.get(path() + "?notice=saved").body()).contains("Your choices are saved.");

        HttpResponse<String> twice = browser.postForm(path(), Map.of("choice1", anna.getId(), "choice2", anna.getId()));
        assertThat(twice.body()).contains("Choose each mentor only once.");
        HttpResponse<String> notOffered = browser.postForm(path(), Map.of("choice1", doctoralOnly.getId()));
        assertThat(notOffered.body()).contains("Choose among the mentor candidates of Mentoring Cohort Test listed here.");
        assertThat(choices.of(cohort.getId(), student.getId())).as("unchanged").containsExactly(bernd.getId(), anna.getId());
    }

    @Test
    void outsideTheTimeOrForNonStudentsThePageRefusesPlainly() {
        Person outsider = people.mentee("de");
        assertThat(BrowserSession.loggedIn(port, outsider.getId(), "secret").inLanguage("de").get(path()).body())
                .contains("Sie nehmen an Mentoring Cohort Test nicht als Studierende oder Studierender teil.");

        cohort.setRequestsOpenAt(clock.instant().minus(Duration.ofDays(8)));
        cohort.setRequestsCloseAt(clock.instant().minus(Duration.ofDays(1)));
        cohort = programmes.save(cohort);
        BrowserSession browser = BrowserSession.loggedIn(port, student.getId(), "secret");
        assertThat(browser.get(path()).body()).contains("Choosing mentors in Mentoring Cohort Test closed on");
        assertThat(browser.postForm(path(), Map.of("choice1", anna.getId())).body()).contains("closed on");
        assertThat(choices.of(cohort.getId(), student.getId())).isEmpty();

        assertAsksForLogin(get(path()));
    }

    private String path() {
        return "/programmes/" + cohort.getSlug() + "/choices";
    }
}
