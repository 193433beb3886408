package org.mentorflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.registration.RegistrationJourney.*;
import static org.mentorflow.registration.RegistrationProcess.*;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.documents.DocumentKind;
import org.mentorflow.documents.Documents;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/** The registration pages as a browser uses them: every bad input gets its own message, and nothing typed is lost. */
class RegistrationPagesTest extends IntegrationTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    RegistrationSettings settings;
    @Autowired
    Documents documents;

    // --- the form --------------------------------------------------------------------------------------

    @Test
    void visitorsFindTheFormFromTheTopBar() {
        String home = BrowserSession.anonymous(port).get("/").body();
        assertThat(home).contains("href=\"/register\">Register</a>");

        String form = BrowserSession.anonymous(port).get("/register").body();
        assertThat(form).contains("name=\"firstName\"", "name=\"lastName\"", "name=\"email\"", "name=\"dateOfBirth\"",
                "name=\"username\"", "name=\"password\"", "name=\"passwordRepeat\"", "name=\"language\"",
                "never shown to anybody");
        Person someone = people.mentee();
        assertThat(BrowserSession.loggedIn(port, someone.getId(), "secret").get("/").body())
                .as("not for people logged in").doesNotContain("href=\"/register\"");
    }

    @Test
    void anEmptyFormNamesEveryMissingField() {
        HttpResponse<String> page = BrowserSession.anonymous(port).postForm("/register", Map.of("language", "en"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(countOf(page.body(), "Please fill in this field.")).isEqualTo(6);
    }

    @Test
    void eachBadInputIsNamedAndWhatWasTypedStays() {
        Person existing = people.mentee();
        expectProblem(Map.of("username", "ab"), "A user name has 3 to 30 letters and digits only");
        expectProblem(Map.of("username", "rita.register"), "A user name has 3 to 30 letters and digits only");
        expectProblem(Map.of("username", "r".repeat(31)), "A user name has 3 to 30 letters and digits only");
        expectProblem(Map.of("username", existing.getId()), "This user name is taken.");
        expectProblem(Map.of("username", existing.getId().toUpperCase()), "This user name is taken.");
        expectProblem(Map.of("email", "rita-at-example"), "This is not a valid e-mail address.");
        // RFC 822 would read these as a route or a display name with an address inside
        expectProblem(Map.of("email", "<script>alert(1)</script>@example.org"), "This is not a valid e-mail address.");
        expectProblem(Map.of("email", "<script>x@example.org"), "This is not a valid e-mail address.");
        expectProblem(Map.of("email", "Rita <rita@example.org>"), "This is not a valid e-mail address.");
        expectProblem(Map.of("email", "r".repeat(64) + "@" + "e".repeat(63) + "." + "x".repeat(63) + "." + "y".repeat(60) + ".org"),
                "This is not a valid e-mail address.");
        expectProblem(Map.of("email", existing.getEmail().toUpperCase()), "This e-mail address is registered already.");
        expectProblem(Map.of("password", "short pw", "passwordRepeat", "short pw"), "Your password is too short: use at least 10 characters.");
        expectProblem(Map.of("password", "x".repeat(65), "passwordRepeat", "x".repeat(65)), "Your password is too long: use at most 64 characters.");
        expectProblem(Map.of("passwordRepeat", "correct horse battery!"), "The two passwords are not the same.");
        expectProblem(Map.of("dateOfBirth", "23.04.1990"), "Please enter the date as year-month-day");
        expectProblem(Map.of("dateOfBirth", "2099-01-01"), "Please check your date of birth.");
        expectProblem(Map.of("language", "fr"), "Please choose English or German.");
        expectProblem(Map.of("firstName", " "), "Please fill in this field.");
        expectProblem(Map.of("lastName", "L".repeat(101)), "Please use at most 100 characters.");
    }

    @Test
    void germanReadersReadGermanMessages() {
        Map<String, String> fields = validForm(newRegistration("de"));
        fields.put("password", "kurz");
        fields.put("passwordRepeat", "kurz");

        String page = BrowserSession.anonymous(port).inLanguage("de").postForm("/register", fields).body();

        assertThat(page).contains("Ihr Passwort ist zu kurz: Verwenden Sie mindestens 10 Zeichen.", "Geburtsdatum");
    }

    // --- the link ------------------------------------------------------------------------------------

    @Test
    void registeringMailsALinkThatConfirmsTheAddressWhenFollowed() {
        NewRegistration data = newRegistration("en");
        BrowserSession browser = BrowserSession.anonymous(port);

        HttpResponse<String> posted = browser.postForm("/register", validForm(data));

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/register/sent");
        assertThat(browser.get("/register/sent").body()).contains("We have sent a link to " + data.email() + ". It is valid for 7 days.");
        Registration registration = registrations.of(data.username()).orElseThrow();
        execute(job(TASK_MAIL_VERIFICATION_LINK, processOf(registration)));
        String link = linkPath(data.email());

        String confirmed = browser.get(link).body();

        assertThat(confirmed).contains("E-mail address confirmed", "href=\"/register/role\"");
        assertThat(registrations.isVerified(data.username())).isTrue();
        String reused = browser.get(link).body();
        assertThat(reused).contains("This link was used already", "your e-mail address is confirmed");
    }

    @Test
    void anExpiredLinkSaysSoAndANewOneWorks() {
        NewRegistration data = newRegistration("en");
        Registration registration = registeredAndMailed(registrations, data);
        String oldLink = linkPath(data.email());
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(8))));
        BrowserSession browser = BrowserSession.anonymous(port);

        String expired = browser.get(oldLink).body();

        assertThat(expired).contains("This link has expired", "valid for 7 days", "action=\"/register/new-link\"");
        String answer = browser.postForm("/register/new-link", Map.of("email", data.email())).body();
        assertThat(answer).contains("If an unconfirmed registration exists for this address, we have sent a new link to it.");
        execute(job(TASK_MAIL_VERIFICATION_LINK, processOf(registration)));
        String newLink = linkPath(data.email());
        assertThat(newLink).isNotEqualTo(oldLink);
        assertThat(browser.get(oldLink).body()).contains("This link is not valid");
        assertThat(browser.get(newLink).body()).contains("E-mail address confirmed");
    }

    @Test
    void aLinkWhoseRegistrationWasRemovedAsksToRegisterAgain() {
        NewRegistration data = newRegistration("en");
        Registration registration = registeredAndMailed(registrations, data);
        String link = linkPath(data.email());
        ProcessInstance process = processOf(registration);
        Job timer = managementService().createJobQuery().processInstanceId(process.getId()).activityId(TIMER_LINK_EXPIRED).singleResult();
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);

        String page = BrowserSession.anonymous(port).get(link).body();

        assertThat(page).contains("This link has expired", "has been removed with everything entered", "href=\"/register\"")
                .doesNotContain("action=\"/register/new-link\"");
    }

    @Test
    void anUnknownLinkOffersANewOne() {
        String page = BrowserSession.anonymous(port).get("/register/verify/ThisIsNoTokenWeEverSentToAnybody").body();

        assertThat(page).contains("This link is not valid", "replaced by a newer link", "action=\"/register/new-link\"");
        assertThat(BrowserSession.anonymous(port).get("/register/verify/short").body()).contains("This link is not valid");
    }

    @Test
    void theNewLinkFormAnswersAlikeForEveryAddress() {
        NewRegistration unverified = newRegistration("en");
        registeredAndMailed(registrations, unverified);
        NewRegistration verifiedOne = newRegistration("en");
        verified(registrations, verifiedOne, SMTP::getReceivedMessages);
        clearMailbox();
        BrowserSession browser = BrowserSession.anonymous(port);

        List<String> answers = List.of(unverified.email(), verifiedOne.email(), "nobody-at-all@test.example").stream()
                .map(email -> browser.postForm("/register/new-link", Map.of("email", email)).body())
                .map(RegistrationPagesTest::notice).toList();

        assertThat(answers).containsOnly(answers.get(0));
        assertThat(answers.get(0)).startsWith("Thank you. If an unconfirmed registration exists for this address");
        assertThat(browser.postForm("/register/new-link", Map.of("email", "no address")).body())
                .contains("Please enter the e-mail address you registered with.").contains("value=\"no address\"");
        assertThat(browser.get("/register/new-link").body()).contains("Enter the e-mail address you registered with.");
    }

    // --- after the link: role, mentor questions, document ---------------------------------------------

    @Test
    void theStepsAfterTheLinkNeedALogin() {
        BrowserSession visitor = BrowserSession.anonymous(port);
        for (String path : List.of("/register/role", "/register/mentor", "/register/mentor/document", "/register/access")) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
        HttpResponse<String> post = visitor.postForm("/register/role", Map.of("role", "mentee"));
        assertThat(post.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void accountsMadeByTheTeamHaveNothingToRegister() {
        Person mentee = people.mentee();
        Person coordinator = people.coordinator();

        assertThat(BrowserSession.loggedIn(port, mentee.getId(), "secret").get("/register/role").body())
                .contains("Your account was set up by the mentoring team", "Mentee").doesNotContain("name=\"role\"");
        assertThat(BrowserSession.loggedIn(port, coordinator.getId(), "secret").get("/register/role").body())
                .contains("Coordinator: Cockpit, Tasklist and every mail").doesNotContain("No role yet");
    }

    @Test
    void anUnverifiedAccountGetsNoWayInThroughRestOrCamundasForm() {
        people.admin(); // without one, Camunda's webapps show their first-admin setup instead of the login
        NewRegistration data = newRegistration("en");
        registeredAndMailed(registrations, data);

        HttpResponse<String> rest = get("/engine-rest/task", data.username(), PASSWORD);
        assertThat(rest.statusCode()).isEqualTo(401);
        assertThat(rest.body()).contains("Please confirm your e-mail address first");
        assertThat(BrowserSession.anonymous(port).tryCamundaForm(data.username(), PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void anUnverifiedPersonIsAskedToConfirmFirst() {
        NewRegistration data = newRegistration("en");
        registeredAndMailed(registrations, data);

        BrowserSession browser = BrowserSession.anonymous(port);
        HttpResponse<String> login = browser.logIn(data.username(), PASSWORD);

        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?unconfirmed");
        assertThat(browser.get("/login?unconfirmed").body()).contains("Please confirm your e-mail address first",
                "/register/new-link");
        assertThat(browser.get("/register/role").headers().firstValue("Location").orElseThrow())
                .as("not logged in").endsWith("/login");
    }

    @Test
    void aMenteeChoosesTheRoleAndSeesItConfirmed() {
        NewRegistration data = newRegistration("en");
        verified(registrations, data, SMTP::getReceivedMessages);
        BrowserSession browser = BrowserSession.loggedIn(port, data.username(), PASSWORD);
        assertThat(browser.get("/register").headers().firstValue("Location").orElseThrow()).endsWith("/register/role");

        String form = browser.get("/register/role").body();
        assertThat(form).contains("How do you take part?", "value=\"mentee\"", "value=\"mentor\"", "value=\"both\"");
        assertThat(browser.postForm("/register/role", Map.of()).body()).contains("Please choose mentee, mentor or both.");
        HttpResponse<String> chosen = browser.postForm("/register/role", Map.of("role", "mentee"));

        assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/register/role");
        assertThat(browser.get("/register/role").body()).contains("Your roles", "Mentee").doesNotContain("name=\"role\"");
        assertThat(peopleService.get(data.username()).isMentee()).isTrue();
    }

    @Test
    void aMentorAnswersTheQuestionsUploadsADocumentAndACoordinatorDownloadsIt() {
        NewRegistration data = newRegistration("en");
        Registration registration = verified(registrations, data, SMTP::getReceivedMessages);
        BrowserSession browser = BrowserSession.loggedIn(port, data.username(), PASSWORD);
        HttpResponse<String> chosen = browser.postForm("/register/role", Map.of("role", "both"));
        assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/register/mentor");

        String unanswered = browser.postForm("/register/mentor", Map.of("yearsAfterGraduation", "many")).body();
        assertThat(countOf(unanswered, "Please answer yes or no.")).isEqualTo(2);
        assertThat(unanswered).contains("Please enter a whole number of years, from 0 to 70.",
                "Please choose master’s students, doctoral students, or both.", "value=\"many\"");
        HttpResponse<String> answered = browser.postForm("/register/mentor", Map.of("alumnus", "yes",
                "yearsAfterGraduation", "8", "holdsDoctorate", "no", "mentorsMasters", "true"));
        assertThat(answered.headers().firstValue("Location").orElseThrow()).endsWith("/register/mentor/document");
        assertThat(browser.get("/register/role").headers().firstValue("Location").orElseThrow()).endsWith("/register/mentor/document");

        String profileFirst = browser.get("/register/mentor/document").body();
        assertThat(profileFirst).as("an empty profile comes first").contains("First tell mentees about yourself", "href=\"/profile\"")
                .doesNotContain("enctype=\"multipart/form-data\"");
        assertThat(browser.postFile("/register/mentor/document", Map.of(), "document", "diploma.pdf", "application/pdf", PDF).body())
                .contains("First tell mentees about yourself");
        assertThat(documents.latest(data.username(), DocumentKind.VERIFICATION)).as("nothing is kept before the profile").isEmpty();
        assertThat(processOf(registration)).isWaitingAt(TASK_AWAIT_DOCUMENT);
        people.fillMentorProfile(data.username());

        String upload = browser.get("/register/mentor/document").body();
        assertThat(upload).contains("enctype=\"multipart/form-data\"", "A JPEG image or a PDF, at most 5 MB.");
        assertThat(browser.postFile("/register/mentor/document", Map.of(), "document", "diploma.pdf", "application/pdf", PNG).body())
                .as("a PNG called .pdf").contains("This file is neither a JPEG image nor a PDF");
        assertThat(browser.postFile("/register/mentor/document", Map.of(), "document", "diploma.pdf", "application/pdf",
                Arrays.copyOf(PDF, 6 * 1024 * 1024)).body())
                .as("6 MB").contains("This file is larger than 5 MB. Please upload a smaller file");
        assertThat(browser.postFile("/register/mentor/document", Map.of(), "document", "", "application/octet-stream", new byte[0]).body())
                .contains("Please choose a file to upload.");
        assertThat(documents.latest(data.username(), DocumentKind.VERIFICATION)).as("nothing refused is kept").isEmpty();

        HttpResponse<String> uploaded = browser.postFile("/register/mentor/document", Map.of(), "document", "diploma.pdf", "application/pdf", PDF);

        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).endsWith("/register/role");
        assertThat(browser.get("/register/role").body()).contains("Thank you: we have received diploma.pdf.",
                "The mentoring team checks your verification document.");
        assertThat(processOf(registration)).isWaitingAt(TASK_VERIFY_MENTOR);
        String download = "/documents/" + documents.latest(data.username(), DocumentKind.VERIFICATION).orElseThrow().id();
        HttpResponse<byte[]> own = browser.getBytes(download);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(PDF);
        assertThat(own.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(own.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", "diploma.pdf");
        Person coordinator = people.coordinator();
        assertThat(BrowserSession.loggedIn(port, coordinator.getId(), "secret").getBytes(download).body()).isEqualTo(PDF);
        Person stranger = people.mentee();
        HttpResponse<String> refused = BrowserSession.loggedIn(port, stranger.getId(), "secret").get(download);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("Documents are open to their owner and the mentoring team only").doesNotContain("%PDF");
        assertThat(BrowserSession.anonymous(port).get(download).headers().firstValue("Location").orElseThrow()).endsWith("/login");

        complete(task(processOf(registration)), withVariables(MENTOR_DECISION.name(), "reject", MENTOR_MESSAGE.name(), "Please upload your diploma, not the transcript."));
        assertThat(browser.get("/register/role").body()).as("while the mail goes out")
                .contains("We are processing your last step.");
        execute(job(TASK_MAIL_MENTOR_REJECTED, processOf(registration)));
        assertThat(browser.get("/register/mentor/document").body()).contains("could not accept your last document",
                "Please upload your diploma, not the transcript.");
    }

    @Test
    void anIneligibleCandidateReadsWhyAndWhatRemains() {
        NewRegistration data = newRegistration("en");
        verified(registrations, data, SMTP::getReceivedMessages);
        BrowserSession browser = BrowserSession.loggedIn(port, data.username(), PASSWORD);
        browser.postForm("/register/role", Map.of("role", "mentor"));

        String page = browser.postForm("/register/mentor", Map.of("alumnus", "yes", "yearsAfterGraduation", "2",
                "holdsDoctorate", "no", "mentorsMasters", "true")).body();

        assertThat(page).contains("You cannot become a mentor here yet",
                "at least four years of working life after their graduation", "You can choose your role again");
        assertThat(browser.get("/register/role").body()).contains("How do you take part?");
    }

    @Test
    void anUploadFarBeyondTheLimitGetsAPlainPage() {
        NewRegistration data = newRegistration("en");
        verified(registrations, data, SMTP::getReceivedMessages);
        BrowserSession browser = BrowserSession.loggedIn(port, data.username(), PASSWORD);
        browser.postForm("/register/role", Map.of("role", "mentor"));
        browser.postForm("/register/mentor", Map.of("alumnus", "yes", "yearsAfterGraduation", "8", "holdsDoctorate", "no",
                "mentorsMasters", "true"));
        people.fillMentorProfile(data.username());

        HttpResponse<String> page = browser.postFile("/register/mentor/document", Map.of(), "document", "huge.pdf",
                "application/pdf", Arrays.copyOf(PDF, 25 * 1024 * 1024));

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("This file is too large", "larger than 5 MB");
        assertThat(documents.latest(data.username(), DocumentKind.VERIFICATION)).isEmpty();
    }

    // --- alumni access ---------------------------------------------------------------------------------

    @Test
    void aMenteeWithoutAccessAsksForTheCodeWhereTheProgrammeNeedsOne() {
        NewRegistration data = newRegistration("en");
        verified(registrations, data, SMTP::getReceivedMessages);
        registrations.chooseRole(data.username(), true, false);
        BrowserSession browser = BrowserSession.loggedIn(port, data.username(), PASSWORD);
        assertThat(browser.get("/register/access").body()).contains("You have full access to MentorFlow");

        settings.setAccessCodeRequired(true);
        try {
            assertThat(browser.get("/register/role").body()).contains("href=\"/register/access\"");
            assertThat(browser.get("/register/access").body()).contains("Ask for the access code", "name=\"note\"");
            assertThat(browser.postForm("/register/access", Map.of("note", "n".repeat(1001))).body())
                    .contains("Your note is too long");

            HttpResponse<String> asked = browser.postForm("/register/access", Map.of("note", "Graduated 2020."));

            assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/register/access");
            assertThat(browser.get("/register/access").body()).contains("You have asked for the access code.")
                    .doesNotContain("name=\"note\"");
            assertThat(browser.postForm("/register/access", Map.of()).body()).contains("You have asked already");
        } finally {
            settings.setAccessCodeRequired(false);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private void expectProblem(Map<String, String> changes, String message) {
        NewRegistration data = newRegistration("en");
        Map<String, String> fields = validForm(data);
        fields.putAll(changes);

        HttpResponse<String> page = BrowserSession.anonymous(port).postForm("/register", fields);

        assertThat(page.statusCode()).as(changes.toString()).isEqualTo(200);
        String body = page.body();
        assertThat(body).as(changes.toString()).contains(message);
        assertThat(countOf(body, "class=\"error\"")).as("one problem for " + changes).isEqualTo(1);
        // what was typed comes back, the passwords never
        for (String field : List.of("firstName", "lastName", "email", "dateOfBirth", "username")) {
            String typed = fields.get(field).strip();
            if (!typed.isEmpty()) {
                assertThat(body).as(field).contains("value=\"" + escape(typed) + "\"");
            }
        }
        assertThat(body).doesNotContain(fields.get("password")).doesNotContain(fields.get("passwordRepeat"));
        assertThat(registrations.of(fields.get("username")).isPresent()).isFalse();
    }

    private static Map<String, String> validForm(NewRegistration data) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("firstName", data.firstName());
        fields.put("lastName", data.lastName());
        fields.put("email", data.email());
        fields.put("dateOfBirth", data.dateOfBirth().toString());
        fields.put("username", data.username());
        fields.put("password", PASSWORD);
        fields.put("passwordRepeat", PASSWORD);
        fields.put("language", data.language());
        return fields;
    }

    private String linkPath(String email) {
        return "/register/verify/" + lastToken(SMTP.getReceivedMessages(), email);
    }

    private static String notice(String page) {
        int start = page.indexOf("<p class=\"notice success\">");
        return start < 0 ? "" : page.substring(start + 26, page.indexOf("</p>", start));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
