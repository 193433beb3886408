package org.mentorflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mentorflow.HttpTest;

class MailPageTest extends HttpTest {

    @Test
    void asksForALoginBeforeShowingAnyMail() {
        HttpResponse<String> response = get("/mail");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Please log in first").doesNotContain("@mentorflow.local");
        assertThat(get("/mail/1").body()).contains("Please log in first");
    }

    @Test
    void homePageLeadsToTasklistCockpitAndMail() {
        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/", "/mail");
    }
}
