package org.mentorflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;

/** Who reaches the insights pages, and who is shown the way there. */
class InsightsAccessTest extends IntegrationTest {

    private static final String[] PAGES = {"/insights", "/insights/funnel", "/insights/times", "/insights/meetings",
            "/insights/feedback", "/insights/funnel.csv", "/insights/times.csv", "/insights/meetings.csv",
            "/insights/meetings-totals.csv", "/insights/ratings.csv", "/insights/surveys.csv"};

    @Test
    void analystsAndCoordinatorsReadEveryReportAndFindTheLink() {
        for (String user : new String[] {people.analyst().getId(), people.coordinator().getId()}) {
            BrowserSession staff = BrowserSession.loggedIn(port, user, "secret");
            for (String page : PAGES) {
                assertThat(staff.get(page).statusCode()).as(user + " " + page).isEqualTo(200);
            }
            assertThat(staff.get("/my").body()).contains("class=\"insights\" href=\"/insights/funnel\"");
        }
    }

    @Test
    void participantsGetAPlainRefusalAndNoLink() throws Exception {
        BrowserSession mentee = BrowserSession.loggedIn(port, people.mentee().getId(), "secret");
        for (String page : PAGES) {
            HttpResponse<String> answer = mentee.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(403);
        }
        // what a browser (asking for HTML) is shown: the portal's plain error page
        HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/insights/funnel"))
                        .header("Accept", "text/html").header("Accept-Language", "en")
                        .header("Cookie", "JSESSIONID=" + mentee.cookie("JSESSIONID").orElseThrow()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("<h1>Something is not right</h1>").contains("403").doesNotContain("Exception")
                .doesNotContain("at org.");
        assertThat(mentee.get("/my").body()).doesNotContain("/insights");
        assertThat(mentee.get("/insights/free-text.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void visitorsAreSentToTheLogin() {
        for (String page : PAGES) {
            assertAsksForLogin(get(page));
        }
    }

    @Test
    void unreadableFilterGetsASentenceAndTheDefaultPeriod() {
        BrowserSession analyst = BrowserSession.loggedIn(port, people.analyst().getId(), "secret");
        HttpResponse<String> page = analyst.get("/insights/funnel?from=31.03.2026&to=2026-02-30&programme=x");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("“31.03.2026” is not a date MentorFlow can read")
                .contains("“2026-02-30” is not a date").contains("There is no such programme");
    }
}
