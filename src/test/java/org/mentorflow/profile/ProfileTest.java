package org.mentorflow.profile;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Random;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.NewPerson;
import org.mentorflow.people.Person;

/** What the profile tests share: people with names found nowhere else, and a browser logged in as one of them. */
abstract class ProfileTest extends IntegrationTest {

    private static final Random RANDOM = new Random();

    BrowserSession browser(Person person) {
        return BrowserSession.loggedIn(port, person.getId(), "secret");
    }

    /**
     * A mentee whose first and last name, e-mail, phone and date of birth occur in no other row, so a test can
     * look for any trace of them anywhere; the application complete, so she can request a mentor.
     */
    Person traceableMentee() {
        String first = "Quilla" + letters(6);
        String last = "Vantrees" + letters(6);
        String id = "p" + letters(12); // the id stays (see ProcessHistoryEraser), so it must not hold the name
        Person mentee = peopleService.register(new NewPerson(id, first, last, id + "@trace.example", "en", "secret", true, false));
        mentee.setApplication("I am " + first + ", master's student of informatics.", "Writing my thesis.",
                "Find a job in product management.", "Feedback on my CV.");
        mentee.setPhone("+43 660 " + (1000000 + RANDOM.nextInt(8999999)));
        mentee.setDateOfBirth(LocalDate.of(1970 + RANDOM.nextInt(30), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28)));
        mentee.setLocation("Krems");
        mentee.getSpokenLanguages().add("en");
        mentee.getFieldsOfStudy().add(peopleService.fieldOfStudy("Informatics", "Computer Science"));
        return peopleService.save(mentee);
    }

    static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return letters.toString();
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
