package org.mentorflow.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.people.FieldOfStudy;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.NewPerson;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/** The own profile: the sections of one's roles, saving, every bad input, the language, and how others see one. */
class ProfilePageTest extends ProfileTest {

    @Autowired
    org.mentorflow.mentorship.request.MentorshipRequests mentorshipRequests;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @Autowired
    IdentityService identity;

    @Test
    void withoutLoginEveryProfilePageSendsToTheLogin() {
        BrowserSession visitor = BrowserSession.anonymous(port);
        for (String path : new String[] {"/profile", "/profile/deactivate", "/profile/delete"}) {
            HttpResponse<String> page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(location(page)).as(path).endsWith("/login");
        }
        for (String path : new String[] {"/profile", "/profile/deactivate", "/profile/delete", "/profile/reactivate"}) {
            HttpResponse<String> post = visitor.postForm(path, Map.of("confirm", "yes", "firstName", "Eve"));
            assertThat(post.statusCode()).as(path).isEqualTo(302);
            assertThat(location(post)).as(path).endsWith("/login");
        }
    }

    @Test
    void menteeSeesHerOwnDataAndTheApplicationSectionsButNoMentorSections() {
        Person mentee = traceableMentee();

        String page = browser(mentee).get("/profile").body();

        assertThat(page).contains("My data", "My current situation", "My goals", "What help I wish for", "About me",
                "Writing my thesis.", mentee.getFirstName(), mentee.getLastName(), mentee.getPhone(),
                "value=\"" + mentee.getDateOfBirth() + "\"", mentee.getEmail(), "<h2>CV</h2>", "id=\"cv\"",
                "How others see me", "What a mentor you ask sees", "Deactivate my account", "Delete my account");
        assertThat(page).doesNotContain("Professional background").doesNotContain("How many mentees I take at once")
                .doesNotContain("Not available now");
        // the e-mail is shown, never a field that is sent
        assertThat(page).doesNotContain("name=\"email\"");
    }

    @Test
    void mentorSeesTheMentorSectionsAndTheSearchCardOthersSee() {
        Person mentor = people.mentor(2);
        mentor.setLocation("Graz");
        mentor.setDateOfBirth(LocalDate.of(1975, 4, 12));
        mentor.getMentoringLevels().add(MentoringLevel.DOCTORAL);
        people.save(mentor);

        String page = browser(mentor).get("/profile").body();

        assertThat(page).contains("Professional background", "How many mentees I take at once", "Doctoral students",
                "Not available now", "You are listed in the mentor search");
        assertThat(page).doesNotContain("My current situation").doesNotContain("What help I wish for");
        String preview = preview(page);
        assertThat(preview).contains("<article class=\"mentor\">", mentor.getDisplayName(), "2 free places", "Graz",
                "Twelve years in software product management.");
        assertThat(preview).doesNotContain(mentor.getLastName()).doesNotContain(mentor.getEmail())
                .doesNotContain(mentor.getPhone()).doesNotContain("1975");
    }

    @Test
    void menteePreviewShowsTheApplicationButNoContactsNorBirthDate() {
        Person mentee = traceableMentee();

        String preview = preview(browser(mentee).get("/profile").body());

        assertThat(preview).contains(mentee.getDisplayName(), "Informatics (Computer Science)", "Krems", "Writing my thesis.");
        assertThat(preview).doesNotContain(mentee.getLastName()).doesNotContain(mentee.getEmail())
                .doesNotContain(mentee.getPhone()).doesNotContain(mentee.getDateOfBirth().toString());
    }

    @Test
    void savingWritesEverySectionAndTheCamundaName() {
        Person both = peopleService.register(new NewPerson("both" + letters(10), "Alex", "Both", letters(10) + "@test.example",
                "en", "secret", true, true));
        FieldOfStudy robotics = peopleService.fieldOfStudy("Robotics", "Engineering");
        Map<String, String> form = validForm(both);
        form.put("fields", robotics.getId().toString());
        form.put("notAvailable", "on");

        HttpResponse<String> saved = browser(both).postForm("/profile", form);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(location(saved)).endsWith("/profile?saved");
        Person after = peopleService.get(both.getId());
        assertThat(after.getFirstName()).isEqualTo("Alexandra");
        assertThat(after.getLastName()).isEqualTo("Bothmer");
        assertThat(after.getPhone()).isEqualTo("+43 1 234 5678");
        assertThat(after.getLocation()).isEqualTo("Linz");
        assertThat(after.getDateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 31));
        assertThat(after.getSpokenLanguages()).containsExactly("de");
        assertThat(after.getFieldsOfStudy()).extracting(FieldOfStudy::getName).containsExactly("Robotics");
        assertThat(after.getCurrentSituation()).isEqualTo("Third semester.");
        assertThat(after.hasCompleteApplication()).isTrue();
        assertThat(after.getProfessionalBackground()).isEqualTo("Ten years in robotics.");
        assertThat(after.getCapacity()).isEqualTo(2);
        assertThat(after.getMentoringLevels()).containsExactly(MentoringLevel.MASTERS);
        assertThat(after.isAvailable()).isFalse();
        assertThat(after.getEmail()).isEqualTo(both.getEmail());
        User user = identity.createUserQuery().userId(both.getId()).singleResult();
        assertThat(user.getFirstName() + " " + user.getLastName()).isEqualTo("Alexandra Bothmer");

        String page = browser(both).get("/profile?saved").body();
        assertThat(page).contains("Your profile is saved.", "You are not listed in the mentor search right now",
                "You said you are not available now.");
    }

    @Test
    void sectionsOfARoleThePersonDoesNotHaveAreIgnored() {
        Person mentor = people.mentor(1);
        Map<String, String> form = validForm(mentor);
        form.put("goals", "Smuggled goals.");

        assertThat(browser(mentor).postForm("/profile", form).statusCode()).isEqualTo(302);

        assertThat(peopleService.get(mentor.getId()).getGoals()).isNull();
    }

    @Test
    void eachBadInputGetsItsMessageAndNothingTypedIsLost() {
        Person both = peopleService.register(new NewPerson("bad" + letters(10), "Bea", "Before", letters(10) + "@test.example",
                "en", "secret", true, true));
        BrowserSession browser = browser(both);
        String longGoals = "Goal " + "x".repeat(4000);
        Map<String, String> badValues = new LinkedHashMap<>();
        badValues.put("firstName", "   ");
        badValues.put("phone", "call me maybe");
        badValues.put("dateOfBirth", "31.05.1990");
        badValues.put("goals", longGoals);
        badValues.put("capacity", "3");
        badValues.put("language", "fr");
        Map<String, String> expected = Map.of(
                "firstName", "Please fill this in.",
                "phone", "Please give a phone number of digits",
                "dateOfBirth", "Please give the date as year-month-day",
                "goals", "At most 4000 characters, please; this has 4005.",
                "capacity", "Please choose one or two mentees.",
                "language", "Please choose English or German.");

        for (Map.Entry<String, String> bad : badValues.entrySet()) {
            Map<String, String> form = validForm(both);
            form.put("helpWished", "Typed help " + bad.getKey());
            form.put(bad.getKey(), bad.getValue());

            HttpResponse<String> answer = browser.postForm("/profile", form);

            assertThat(answer.statusCode()).as(bad.getKey()).isEqualTo(200);
            assertThat(answer.body()).as(bad.getKey()).contains("Please correct the marked fields", expected.get(bad.getKey()),
                    "Typed help " + bad.getKey(), "Linz", "Ten years in robotics.");
            assertThat(answer.body()).doesNotContain("Exception");
        }
        assertThat(browser.postForm("/profile", Map.of("firstName", "Bea", "lastName", "Before", "language", "en",
                "dateOfBirth", "2999-01-01", "capacity", "1", "levels", "MASTERS", "languages", "de")).body())
                .contains("it must lie in the past and after 1900", "value=\"2999-01-01\"");
        // the form offers one or two mentees: nothing else is stored, however it was sent
        for (String capacity : new String[] {"1000", "-1", "2.0", ""}) {
            Map<String, String> form = validForm(both);
            form.put("capacity", capacity);
            assertThat(browser.postForm("/profile", form).body()).as(capacity).contains("Please choose one or two mentees.");
        }
        Person unchanged = peopleService.get(both.getId());
        assertThat(unchanged.getCapacity()).isEqualTo(both.getCapacity());
        assertThat(unchanged.getFirstName()).isEqualTo("Bea");
        assertThat(unchanged.getHelpWished()).isNull();
        assertThat(unchanged.getDateOfBirth()).isNull();
    }

    @Test
    void unknownChoicesAndMissingMentorChoicesAreRefused() {
        Person mentor = people.mentor(1);
        BrowserSession browser = browser(mentor);

        Map<String, String> unknownLanguage = validForm(mentor);
        unknownLanguage.put("languages", "xx");
        assertThat(browser.postForm("/profile", unknownLanguage).body()).contains("One of the languages is unknown");

        Map<String, String> unknownField = validForm(mentor);
        unknownField.put("fields", "999999999");
        assertThat(browser.postForm("/profile", unknownField).body()).contains("One of the fields of study is unknown");

        Map<String, String> unknownLevel = validForm(mentor);
        unknownLevel.put("levels", "KINDERGARTEN");
        assertThat(browser.postForm("/profile", unknownLevel).body()).contains("One of the levels is unknown");

        Map<String, String> noLevelNoLanguage = validForm(mentor);
        noLevelNoLanguage.remove("levels");
        noLevelNoLanguage.remove("languages");
        assertThat(browser.postForm("/profile", noLevelNoLanguage).body())
                .contains("Please choose whom you mentor", "Please choose at least one language you mentor in");

        Map<String, String> tooLongName = validForm(mentor);
        tooLongName.put("lastName", "L".repeat(101));
        assertThat(browser.postForm("/profile", tooLongName).body()).contains("At most 100 characters, please; this has 101.");

        assertThat(peopleService.get(mentor.getId()).getProfessionalBackground()).isEqualTo("Twelve years in software product management.");
    }

    @Test
    void aNewLanguageTakesEffectOnTheNextPageAndInTheMails() {
        Person mentee = traceableMentee();
        BrowserSession browser = browser(mentee);
        Map<String, String> form = validForm(mentee);
        form.put("language", "de");

        HttpResponse<String> saved = browser.postForm("/profile", form);

        assertThat(saved.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("mentorflow-language=de"));
        assertThat(peopleService.get(mentee.getId()).getLanguage()).isEqualTo("de");
        // the browser still asks for English; the cookie wins
        assertThat(browser.get("/profile?saved").body()).contains("Mein Profil", "Ihr Profil ist gespeichert.", "Meine Ziele");
    }

    @Test
    void aDeactivatedPersonWithASessionCanReactivateOnTheProfile() {
        Person mentee = traceableMentee();
        BrowserSession browser = browser(mentee);
        peopleService.deactivate(mentee.getId());

        assertThat(browser.get("/profile").body()).contains("Your account is deactivated", "Reactivate my account");
        HttpResponse<String> reactivated = browser.postForm("/profile/reactivate", Map.of());

        assertThat(location(reactivated)).endsWith("/profile");
        assertThat(peopleService.isDeactivated(mentee.getId())).isFalse();
    }

    /** A complete, valid form for this person as a browser sends it, every section filled. */
    private static Map<String, String> validForm(Person person) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("firstName", "Alexandra");
        form.put("lastName", "Bothmer");
        form.put("phone", "+43 1 234 5678");
        form.put("location", "Linz");
        form.put("dateOfBirth", "1990-05-31");
        form.put("languages", "de");
        form.put("language", person.getLanguage());
        form.put("myData", "Master's student of mechatronics.");
        form.put("currentSituation", "Third semester.");
        form.put("goals", "An internship in robotics.");
        form.put("helpWished", "Advice on applications.");
        form.put("professionalBackground", "Ten years in robotics.");
        form.put("capacity", "2");
        form.put("levels", "MASTERS");
        return form;
    }

    /** The "how others see me" part of the page. */
    private static String preview(String page) {
        int start = page.indexOf("id=\"preview\"");
        return page.substring(start, page.indexOf("id=\"account\"", start));
    }

    @Test
    void aCvIsUploadedCheckedByItsBytesAndDownloadedByItsOwnerOnly() {
        Person mentee = people.mentee();
        BrowserSession browser = browser(mentee);
        byte[] pdf = "%PDF-1.4 my curriculum vitae".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

        HttpResponse<String> disguised = browser.postFile("/profile/cv", Map.of(), "file", "cv.pdf", "application/pdf", png);
        assertThat(disguised.headers().firstValue("Location").orElseThrow()).contains("/profile?cvRefused=WRONG_TYPE");
        assertThat(browser.get("/profile?cvRefused=WRONG_TYPE").body())
                .contains("This file is neither a JPEG image nor a PDF (we check the file itself, not its name).");
        // the address is anyone's to type: a refusal the portal never names is ignored, the page is whole
        for (String unknown : new String[] {"NOT_A_REFUSAL", "wrong_type", "%3Cscript%3E"}) {
            HttpResponse<String> page = browser.get("/profile?cvRefused=" + unknown);
            assertThat(page.statusCode()).as(unknown).isEqualTo(200);
            assertThat(page.body()).as(unknown).contains("id=\"account\"").doesNotContain("neither a JPEG");
        }
        HttpResponse<String> tooLarge = browser.postFile("/profile/cv", Map.of(), "file", "big.pdf", "application/pdf",
                java.util.Arrays.copyOf(pdf, 6 * 1024 * 1024));
        assertThat(tooLarge.headers().firstValue("Location").orElseThrow()).contains("/profile?cvRefused=TOO_LARGE");
        assertThat(browser.get("/profile").body()).doesNotContain("cv.pdf").doesNotContain("big.pdf");

        HttpResponse<String> stored = browser.postFile("/profile/cv", Map.of(), "file", "Lebenslauf.pdf", "application/pdf", pdf);

        assertThat(stored.headers().firstValue("Location").orElseThrow()).contains("/profile?cvSaved");
        String page = browser.get("/profile?cvSaved").body();
        assertThat(page).contains("Your CV is saved.", "Lebenslauf.pdf");
        String download = page.replaceAll("(?s).*href=\"(/documents/\\d+)\">Lebenslauf.pdf.*", "$1");
        assertThat(browser.getBytes(download).body()).isEqualTo(pdf);
        assertThat(browser(people.mentee()).getBytes(download).statusCode()).as("someone else").isEqualTo(404);

        // the CV is part of the application: the mentor asked reads it from the review task, other mentors do not
        Person asked = people.mentor(1);
        org.camunda.bpm.engine.runtime.ProcessInstance request = org.mentorflow.mentorship.MentorshipJourney
                .requestedAndMailed(mentorshipRequests, mentee, asked);
        String review = taskService.createTaskQuery().processInstanceId(request.getId()).singleResult().getId();
        assertThat(taskService.getVariableLocal(review, "applicantCv")).isEqualTo("[Lebenslauf.pdf](" + download + ")");
        assertThat(browser(asked).getBytes(download).body()).isEqualTo(pdf);
        assertThat(browser(people.mentor(1)).getBytes(download).statusCode()).as("a mentor not asked").isEqualTo(404);
    }
}
