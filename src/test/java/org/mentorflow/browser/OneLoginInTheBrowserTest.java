package org.mentorflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.Person;
import org.openqa.selenium.By;

/** In a real browser: the portal's login opens Tasklist, and Tasklist's logout closes the portal. */
class OneLoginInTheBrowserTest extends IntegrationTest {

    @Test
    void tasklistSendsToThePortalLoginAndOpensWithoutASecondOne() {
        people.admin(); // Camunda shows its first-admin setup while no administrator exists
        Person mentor = people.mentor(1);
        try (ChromeBrowser browser = new ChromeBrowser(port)) {
            browser.open("/camunda/app/tasklist/default/");
            assertThat(browser.path()).startsWith("/login");

            browser.type(By.id("username"), mentor.getEmail());
            browser.type(By.id("password"), "secret");
            browser.click(By.cssSelector("form.login button[type=submit]"));

            browser.waitForText(mentor.getFirstName() + " " + mentor.getLastName()); // Tasklist's user menu
            assertThat(browser.path()).startsWith("/camunda/app/tasklist/default/");
            browser.screenshot("tasklist-after-portal-login");

            browser.click(By.xpath("//a[contains(@class,'dropdown-toggle') and contains(normalize-space(), '"
                    + mentor.getLastName() + "')]"));
            browser.click(By.xpath("//a[normalize-space()='Log out']"));
            browser.waitForText("Logout successful");

            browser.open("/my");
            assertThat(browser.path()).startsWith("/login");
        }
    }
}
