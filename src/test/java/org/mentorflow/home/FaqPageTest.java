package org.mentorflow.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;

class FaqPageTest extends IntegrationTest {

    @Test
    void answersTheProgrammesQuestionsInEnglishAndGerman() {
        HttpResponse<String> english = get("/faq?lang=en");
        HttpResponse<String> german = get("/faq?lang=de");

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("How long does a mentorship last?", "About 5 to 8 months").doesNotContain("??");
        assertThat(german.body()).contains("Wie lange dauert ein Mentoring?", "Empfohlen sind etwa 5 bis 8 Monate")
                .contains("lang=\"de\"").doesNotContain("??");
    }
}
