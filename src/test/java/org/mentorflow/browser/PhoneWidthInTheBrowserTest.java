package org.mentorflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mail links are opened on phones: at 390 px the portal's pages keep to the screen (nothing scrolls sideways) and
 * the search's filters are wide enough to read instead of squeezed on top of each other.
 */
class PhoneWidthInTheBrowserTest extends IntegrationTest {

    /** Pixels a page is wider than the window: 0 when nothing runs off the screen. */
    private static final String OVERFLOW = "return document.documentElement.scrollWidth - window.innerWidth";

    /** The search form's fields too narrow to read what they hold, and labels whose words run past their box. */
    private static final String CRAMPED_FILTERS = """
            const narrow = [...document.querySelectorAll('form.search select, form.search input')]
                .filter(field => field.getBoundingClientRect().width < 120).length;
            const spilling = [...document.querySelectorAll('form.search label > span')]
                .filter(label => label.scrollWidth > label.parentElement.clientWidth + 1).length;
            return narrow + spilling;""";

    @Autowired
    MentorshipRequests requests;

    @Test
    void theSearchMyMentoringAndTheRequestPageFitAPhone() {
        Person mentee = people.mentee();
        Person asked = people.mentor(1);
        Person other = people.mentor(1);
        requests.request(mentee.getId(), asked.getId(), "Hello from my phone");
        try (ChromeBrowser browser = new ChromeBrowser(port)) {
            browser.windowSize(390, 844);
            browser.logIn(mentee.getId(), "secret");
            browser.waitForText("My mentoring");
            for (String page : new String[] {"/mentors", "/my", "/mentors/" + other.getPublicId() + "/request", "/programmes",
                    "/profile", "/faq"}) {
                browser.open(page);
                browser.find(org.openqa.selenium.By.cssSelector("main"));
                assertThat(((Number) browser.script(OVERFLOW)).intValue()).as(page + " runs off a phone's screen").isLessThanOrEqualTo(0);
            }
            browser.open("/mentors");
            assertThat(((Number) browser.script(CRAMPED_FILTERS)).intValue()).as("search filters squeezed or on top of each other").isZero();
            browser.screenshot("phone-search");
        }
    }
}
