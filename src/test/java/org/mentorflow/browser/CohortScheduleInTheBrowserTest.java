package org.mentorflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Audience;
import org.mentorflow.programme.Briefing;
import org.mentorflow.programme.MentorInvitation;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.ProgrammeKind;
import org.mentorflow.programme.Programmes;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 2025 schedule of the Aalto University Mentoring Programme (seeds, file 004) set up by a coordinator in a real
 * browser on 1 December 2024: mentor sign-up 7-16 January, requests 20-26 January, the students' briefing on campus
 * on Tuesday 28 January, the mentors' on Zoom on Thursday 30 January, the programme from January to June, in
 * Helsinki time. The saved programme holds the instants the engine's timers wait for; the public page shows the
 * schedule. Screenshots (desktop and a phone's 390 px) land in target/browser/.
 */
class CohortScheduleInTheBrowserTest extends IntegrationTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final String SLUG = "aalto-2025";

    @Autowired
    Programmes programmes;

    @Test
    void aCoordinatorSetsUpThe2025CohortAndThePublicPageShowsItsSchedule() {
        ClockUtil.setCurrentTime(Date.from(helsinki("2024-12-01T10:00")));
        Person coordinator = people.coordinator();

        try (ChromeBrowser browser = new ChromeBrowser(port)) {
            browser.logIn(coordinator.getId(), "secret");
            browser.waitForText("Log out");
            browser.open("/coordinator/programmes");
            browser.click(By.id("new-cohort"));
            browser.waitForText("New cohort");

            browser.type(By.id("name"), "Aalto University Mentoring Programme 2025");
            browser.type(By.id("slug"), SLUG);
            browser.type(By.id("description"), "The Aalto University Mentoring Programme is a six-month programme "
                    + "running from January to June: briefing sessions for students (on campus) and for mentors (on Zoom), "
                    + "one-to-one mentoring meetings about once a month, a halfway check-in survey and a feedback survey "
                    + "at the end.");
            browser.type(By.id("whoMayJoin"), "Students: Finnish and international Aalto University degree students "
                    + "completing their master's or doctoral degree.\nMentors: graduates of Aalto University or its "
                    + "predecessors with at least four years of working life after graduation; graduates of other "
                    + "universities are welcome too.");
            browser.click(By.cssSelector("input[name=languages][value=de]"));
            browser.click(By.cssSelector("input[name=languages][value=fi]"));
            browser.type(By.id("certificateName"), "Aalto University Mentoring Programme");
            new Select(browser.find(By.id("timeZone"))).selectByValue("Europe/Helsinki");

            browser.setValue(By.id("signupFrom"), "2025-01-07");
            browser.setValue(By.id("signupTo"), "2025-01-16");
            browser.setValue(By.id("requestsFrom"), "2025-01-20");
            browser.setValue(By.id("requestsTo"), "2025-01-26");
            browser.setValue(By.id("runsFrom"), "2025-01-01");
            browser.setValue(By.id("runsUntil"), "2025-06-30");
            browser.setValue(By.id("studentBriefingDate"), "2025-01-28");
            browser.setValue(By.id("studentBriefingStart"), "16:00");
            browser.setValue(By.id("studentBriefingEnd"), "18:00");
            browser.type(By.id("studentBriefingPlace"), "Otaniemi campus, Undergraduate Centre");
            browser.setValue(By.id("mentorBriefingDate"), "2025-01-30");
            browser.setValue(By.id("mentorBriefingStart"), "17:00");
            browser.setValue(By.id("mentorBriefingEnd"), "18:30");
            browser.type(By.id("mentorBriefingLink"), "https://aalto.zoom.us/j/61234567890");
            wholePage(browser, 1300, "admin-form");
            wholePage(browser, 390, "admin-form-phone");
            browser.windowSize(1300, 1000);

            // a slip first: sign-up would close after the request window opened
            browser.setValue(By.id("signupTo"), "2025-01-21");
            browser.click(By.cssSelector("form.programme-form button[type=submit]"));
            String refused = browser.waitForText("Please correct the marked fields.");
            assertThat(refused).contains("The request window opens after mentor sign-up has closed: choose a later day.");
            assertThat(browser.find(By.id("studentBriefingPlace")).getAttribute("value")).as("kept as typed")
                    .isEqualTo("Otaniemi campus, Undergraduate Centre");
            browser.click(By.id("requestsFrom"));
            browser.screenshot("cohort-admin-form-refused");

            browser.setValue(By.id("signupTo"), "2025-01-16");
            browser.click(By.cssSelector("form.programme-form button[type=submit]"));
            String overview = browser.waitForText("The programme is created.");
            assertThat(overview).contains("7–16 January 2025", "20–26 January 2025", "Tue 28 January 2025, 16:00–18:00",
                    "Thu 30 January 2025, 17:00–18:30", "1 January – 30 June 2025");
            wholePage(browser, 1300, "admin-overview");
            wholePage(browser, 390, "admin-overview-phone");
            browser.open("/coordinator/programmes");
            assertThat(browser.waitForText("Aalto University Mentoring Programme 2025")).contains("opens 7 January 2025");
            wholePage(browser, 1300, "admin-list");
            wholePage(browser, 390, "admin-list-phone");

            Programme programme = programmes.find(SLUG).orElseThrow();
            assertThat(programme.getKind()).isEqualTo(ProgrammeKind.COHORT);
            assertThat(programme.getTimeZone()).isEqualTo("Europe/Helsinki");
            assertThat(programme.getSignupOpensAt()).isEqualTo(helsinki("2025-01-07T00:00"));
            assertThat(programme.getSignupClosesAt()).isEqualTo(helsinki("2025-01-17T00:00"));
            assertThat(programme.getRequestsOpenAt()).isEqualTo(helsinki("2025-01-20T00:00"));
            assertThat(programme.getRequestsCloseAt()).as("requests close at midnight after 26 January, Helsinki time")
                    .isEqualTo(helsinki("2025-01-27T00:00")).isEqualTo(Instant.parse("2025-01-26T22:00:00Z"));
            assertThat(programme.getRunsFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(programme.getRunsUntil()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(programme.getHalfwayAt()).as("the middle of the run").isEqualTo(helsinki("2025-04-01T00:00"));
            assertThat(programme.languageList()).containsExactly("en", "fi");
            assertThat(programme.getMaxOpenRequestsPerMentee()).isEqualTo(1);
            assertThat(programme.getMaxOpenRequestsPerMentor()).isEqualTo(2);
            assertThat(programme.mentorLevelList()).containsExactly(MentoringLevel.MASTERS, MentoringLevel.DOCTORAL);
            assertThat(programme.getMentorInvitation()).isEqualTo(MentorInvitation.PAST_MENTORS);
            Briefing students = programme.briefing(Audience.STUDENTS).orElseThrow();
            assertThat(students.getStartsAt()).isEqualTo(helsinki("2025-01-28T16:00"));
            assertThat(students.getPlace()).isEqualTo("Otaniemi campus, Undergraduate Centre");
            Briefing mentors = programme.briefing(Audience.MENTORS).orElseThrow();
            assertThat(mentors.getStartsAt()).isEqualTo(helsinki("2025-01-30T17:00"));
            assertThat(mentors.getEndsAt()).isEqualTo(helsinki("2025-01-30T18:30"));
            assertThat(mentors.getLink()).isEqualTo("https://aalto.zoom.us/j/61234567890");

            browser.open("/programmes/aalto-2052");
            assertThat(browser.waitForText("There is no programme at this address.")).as("the portal's own error page")
                    .contains("Something is not right", "Log out", "404");
            browser.screenshot("cohort-unknown-programme");

            browser.logOut();
            browser.open("/programmes");
            browser.waitForText("Aalto University Mentoring Programme 2025");
            wholePage(browser, 1300, "public-list");
            browser.open("/programmes/" + SLUG);
            String page = browser.waitForText("Schedule");
            assertThat(page).contains("Aalto University Mentoring Programme 2025",
                    "Mentors sign up as mentor candidates", "7–16 January 2025",
                    "Students choose a mentor candidate and send a mentoring request", "20–26 January 2025",
                    "Briefing session for students", "Tue 28 January 2025, 16:00–18:00", "Otaniemi campus, Undergraduate Centre",
                    "Briefing session for mentors", "Thu 30 January 2025, 17:00–18:30", "online",
                    "1 January – 30 June 2025", "Europe/Helsinki",
                    "Mentor sign-up opens on 7 January 2025 and runs until 16 January 2025.");
            wholePage(browser, 1300, "public-page");
            wholePage(browser, 390, "public-page-phone");

            ClockUtil.setCurrentTime(Date.from(helsinki("2025-01-08T09:00")));
            browser.open("/programmes/" + SLUG);
            browser.find(By.id("mentor-sign-up"));
            wholePage(browser, 1300, "public-page-sign-up-open");
        }
    }

    /** A screenshot of the whole page at this width. */
    private static void wholePage(ChromeBrowser browser, int width, String name) {
        browser.windowSize(width, 1000);
        browser.windowSize(width, Math.max(800, browser.pageHeight() + 140));
        browser.screenshot("cohort-" + name);
    }

    private static Instant helsinki(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), HELSINKI).toInstant();
    }
}
