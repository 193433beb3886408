package org.mentorflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist and Cockpit as a person reads them, in an English and in a German browser: a mentor's task list and
 * task form, then the coordinator's Tasklist, Cockpit and programmes page. Every text is translated (no ??KEY??,
 * no raw CREATION_DATE), German readers read German, participants see neither Camunda's Camunda 8 banner nor
 * a link to Cockpit or Admin. The screenshots land in docs/images for the manual.
 */
class CamundaWebappsInTheBrowserTest extends IntegrationTest {

    private static final Path IMAGES = Path.of("docs", "images");
    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    /** what a translation key looks like when it is shown untranslated: CREATION_DATE, ??SEARCH_PLACEHOLDER?? */
    private static final Pattern RAW_KEY = Pattern.compile("\\?\\?|\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    /** the visible text of the page plus its input placeholders (the search's "Filter Tasks" is one) */
    private static final String READABLE_TEXT = "return document.body.innerText + '\\n' + Array.from("
            + "document.querySelectorAll('input[placeholder]')).map(e => e.placeholder).join('\\n')";
    /**
     * Holds back the answer to every Tasklist locale file (AngularJS's $http uses XMLHttpRequest) by
     * 1.5 s: the slow server of a fresh load, on which Tasklist used to draw CREATION_DATE and SEARCH_PLACEHOLDER.
     */
    private static final String SLOW_LOCALE_FILES = """
            (() => {
              const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.open = function (method, url) { this.mfUrl = String(url); return open.apply(this, arguments); };
              XMLHttpRequest.prototype.send = function () {
                if (this.mfUrl.includes('/app/tasklist/locales/')) { setTimeout(() => send.apply(this, arguments), 1500); return; }
                return send.apply(this, arguments);
              };
            })();""";

    @Autowired
    MentorshipRequests requests;

    @Test
    void inAnEnglishBrowser() {
        readTasklistAndCockpit(new Reader("en-GB", "en", "Review mentorship request", List.of("Created", "Filter Tasks", "My tasks"),
                List.of("Form", "History", "Complete"), List.of("Start process", "Create task")));
    }

    @Test
    void inAGermanBrowser() {
        readTasklistAndCockpit(new Reader("de-DE", "de", "Mentoring-Anfrage prüfen", List.of("Erstellt", "Aufgaben filtern", "Tastenkürzel"),
                List.of("Formular", "Verlauf", "Abschließen"), List.of("Ablauf starten", "Aufgabe anlegen")));
    }

    /** Who reads: the browser's language, and words they must and must not read in Tasklist. */
    private record Reader(String browserLanguage, String language, String taskName, List<String> listWords, List<String> formWords,
            List<String> startAndCreate) {
    }

    private void readTasklistAndCockpit(Reader reader) {
        people.admin(); // Camunda shows its first-admin setup while no administrator exists
        Person coordinator = people.coordinator();
        Person mentor = people.mentor(1, reader.language());
        MentorshipJourney.requestedAndMailed(requests, people.mentee(reader.language()), mentor);
        String mentorshipDefinition = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("mentorship").latestVersion().singleResult().getId();

        try (ChromeBrowser browser = new ChromeBrowser(port, reader.browserLanguage())) {
            browser.beforeEveryPage(SLOW_LOCALE_FILES);
            browser.logIn(mentor.getEmail(), "secret");
            browser.open("/");
            assertNoCockpitOrAdminLink(browser);

            String list = openTasklist(browser, reader.taskName());
            assertReadable(list);
            assertThat(list).contains(reader.listWords()).doesNotContain("Camunda 8");
            assertThat(list).doesNotContain(reader.startAndCreate());
            assertNoCockpitOrAdminLink(browser);
            browser.screenshot(IMAGES, "tasklist-list-" + reader.language());

            browser.click(By.xpath("//a[contains(@href, 'task=') and normalize-space() = '" + reader.taskName() + "']"));
            String form = browser.waitForText(reader.formWords().get(2));
            assertReadable(readable(browser));
            assertThat(form).contains(reader.formWords()).doesNotContain("Camunda 8");
            assertNoCockpitOrAdminLink(browser);
            browser.screenshot(IMAGES, "tasklist-form-" + reader.language());

            freshLoadsShowNoRawKey(browser);
            browser.logOut();

            browser.logIn(coordinator.getEmail(), "secret");
            assertReadable(openTasklist(browser, reader.listWords().get(0)));
            browser.open("/coordinator/programmes");
            assertThat(browser.find(By.cssSelector(".camunda-end-of-life")).getText()).contains("Camunda 8");
            browser.open("/camunda/app/cockpit/default/#/process-definition/" + mentorshipDefinition + "/runtime");
            browser.find(By.cssSelector(".djs-container svg"));
            browser.waitForText("Mentorship");
            assertReadable(readable(browser));
            browser.screenshot(IMAGES, "cockpit-process-" + reader.language());

            // Cockpit (community edition) keeps no finished instances: the portal's page lists them with their steps
            browser.open("/coordinator/mentorships?show=all&lang=" + reader.language());
            browser.find(By.cssSelector("main table"));
            assertReadable(readable(browser));
            browser.screenshot(IMAGES, "coordinator-mentorships-" + reader.language());
        }
    }

    /**
     * Tasklist opened as a first-time browser would, three times over, with its locale files slow to come: the
     * labels it reads only once (the sorting, the search) are translated every time.
     */
    private void freshLoadsShowNoRawKey(ChromeBrowser browser) {
        for (int load = 1; load <= 3; load++) {
            browser.script("window.localStorage.clear()"); // Camunda caches its locale files there
            browser.open(TASKLIST + "?load=" + load);
            browser.find(By.cssSelector(".tasks-list .sort-by"));
            browser.find(By.cssSelector("a[href*='task=']"));
            assertReadable(readable(browser));
        }
    }

    private static String openTasklist(ChromeBrowser browser, String textToWaitFor) {
        browser.open(TASKLIST);
        browser.waitForText(textToWaitFor);
        browser.find(By.cssSelector(".tasks-list .sort-by"));
        return readable(browser);
    }

    private static String readable(ChromeBrowser browser) {
        return (String) browser.script(READABLE_TEXT);
    }

    private static void assertReadable(String text) {
        Matcher raw = RAW_KEY.matcher(text);
        assertThat(raw.find()).as("untranslated label %s in:%n%s", raw.hitEnd() ? "" : raw.group(), text).isFalse();
    }

    private static void assertNoCockpitOrAdminLink(ChromeBrowser browser) {
        // the links a person can see and click: hidden ones have no box on the page
        Object links = browser.script("return Array.from(document.querySelectorAll('a[href]'))"
                + ".filter(a => a.getClientRects().length > 0).map(a => a.href)"
                + ".filter(href => href.includes('/app/cockpit') || href.includes('/app/admin')).join(' ')");
        assertThat((String) links).as("links to Cockpit or Admin").isEmpty();
    }
}
