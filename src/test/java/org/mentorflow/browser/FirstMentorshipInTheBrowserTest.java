package org.mentorflow.browser;

import org.mentorflow.mentorship.MentorshipProcess;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.Person;
import org.mentorflow.registration.RegistrationJourney;
import org.mentorflow.registration.RegistrationService;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The front door in a real browser (headless Chromium): a newcomer registers, confirms the address by the
 * mailed link, chooses to be a mentee, writes the application, finds a mentor in the search and asks for a
 * mentorship. The mentor accepts, and the newcomer's "My mentoring" shows the mentor's contact details.
 */
class FirstMentorshipInTheBrowserTest extends IntegrationTest {

    private static final Pattern VERIFY_LINK = Pattern.compile("https?://[^/\\s\"]+(/register/verify/[A-Za-z0-9_-]+)");

    @Autowired
    MentorshipRequests requests;


    @Autowired

    Mentorships mentorships;
    @Autowired
    RegistrationService registrations;

    @Test
    void registerConfirmFindRequestAndSeeTheMentorsContactAfterAcceptance() {
        people.admin(); // Camunda shows its first-admin setup while no administrator exists
        String town = "Leoben" + UUID.randomUUID().toString().substring(0, 6);
        Person mentor = people.mentor(1);
        mentor.setLocation(town);
        people.save(mentor);
        String username = "newcomer" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String email = username + "@test.example";

        try (ChromeBrowser browser = new ChromeBrowser(port)) {
            browser.open("/register");
            browser.type(By.id("firstName"), "Nora");
            browser.type(By.id("lastName"), "Neumann");
            browser.type(By.id("email"), email);
            browser.setValue(By.id("dateOfBirth"), "2001-04-17");
            browser.type(By.id("username"), username);
            browser.type(By.name("password"), "a long enough password");
            browser.type(By.name("passwordRepeat"), "a long enough password");
            browser.screenshot("1-register");
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.waitForText(email);
            RegistrationJourney.linkMailed(registrations, username);

            browser.open(verificationLink(email));
            browser.screenshot("2-verified");

            browser.logIn(username, "a long enough password");
            browser.open("/register/role");
            browser.click(By.cssSelector("input[name=role][value=mentee]"));
            browser.submit(By.cssSelector("main form button[type=submit]"));
            browser.waitForText("Mentee");

            browser.open("/profile");
            browser.type(By.name("myData"), "Master's student of business informatics in Graz.");
            browser.type(By.name("currentSituation"), "Writing my thesis, looking for a first job in IT consulting.");
            browser.type(By.name("goals"), "Understand consulting careers and prepare applications.");
            browser.type(By.name("helpWished"), "Feedback on my CV and two or three conversations.");
            browser.submit(By.cssSelector("form.profile-form button[type=submit]"));
            browser.waitForText("Your profile is saved.");
            browser.find(By.cssSelector("input[type=file][name=file]")).sendKeys(cvFile().toString());
            browser.click(By.xpath("//button[normalize-space()='Upload CV']"));
            browser.waitForText("Your CV is saved.");
            browser.screenshot("3-profile");

            browser.open("/mentors?location=" + town);
            String card = browser.waitForText(mentor.getDisplayName());
            assertThat(card).doesNotContain(mentor.getEmail()).doesNotContain(mentor.getPhone()).doesNotContain(mentor.getLastName());
            browser.screenshot("4-search");
            // the card found by the town; suggestions above it may show other mentors
            browser.click(By.xpath("//article[contains(@class,'mentor') and contains(., '" + town + "')]//a[contains(@class,'button')]"));
            browser.type(By.id("message"), "Dear Max, I would be glad to learn from your path into product management.");
            browser.click(By.cssSelector("form.portal button[type=submit]"));
            String waiting = browser.waitForText(mentor.getDisplayName());
            assertThat(browser.path()).startsWith("/my");
            assertThat(waiting).doesNotContain(mentor.getEmail());
            browser.screenshot("5-requested");

            browser.logOut();
            acceptInTasklist(browser, mentor, username);
            browser.logOut();
            browser.logIn(username, "a long enough password");

            browser.open("/my");
            String accepted = browser.waitForText(mentor.getEmail());
            assertThat(accepted).contains(mentor.getPhone());
            browser.screenshot("7-accepted");
        }
    }

    /**
     * The mentor follows the mail's link into Tasklist, reads the application with its CV and accepts (the mail
     * steps before and after the review are jobs, which tests run themselves).
     */
    private void acceptInTasklist(ChromeBrowser browser, Person mentor, String menteeId) {
        List<Mentorship> requested = mentorships.of(menteeId);
        assertThat(requested).hasSize(1);
        ProcessInstance process = MentorshipJourney.processOf(requested.get(0));
        execute(job(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, process));
        assertThat(task(process)).isAssignedTo(mentor.getId());

        browser.logIn(mentor.getId(), "secret");
        browser.open("/mentorships/" + requested.get(0).getId() + "/task");
        String form = browser.waitForText("Accept the request");
        assertThat(form).contains("Nora N. asks you to be their mentor", "Feedback on my CV", "nora-cv.pdf")
                .doesNotContain("Neumann").doesNotContain("2001");
        browser.click(By.xpath("//label[contains(normalize-space(), 'Accept the request')]"));
        browser.screenshot("6-tasklist-review");
        browser.click(By.xpath("//button[normalize-space()='Complete']"));
        browser.waitUntil(() -> mentorships.get(requested.get(0).getId()).getState() == MentorshipState.ACCEPTED);
        execute(job(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS, process));
    }

    private static java.nio.file.Path cvFile() {
        try {
            java.nio.file.Path directory = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "browser"));
            return java.nio.file.Files.write(directory.resolve("nora-cv.pdf"),
                    "%PDF-1.4 Nora Neumann, CV".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String verificationLink(String email) {
        List<ReceivedMail> mails = ReceivedMail.to(SMTP.getReceivedMessages(), email);
        assertThat(mails).as("the verification mail").hasSize(1);
        Matcher link = VERIFY_LINK.matcher(mails.get(0).text());
        assertThat(link.find()).as("a link in " + mails.get(0).text()).isTrue();
        return link.group(1);
    }
}
