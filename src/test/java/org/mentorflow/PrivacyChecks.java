package org.mentorflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.mentorflow.people.Person;

/** What no page may show of a person before a request between the two was accepted. */
public final class PrivacyChecks {

    private PrivacyChecks() {
    }

    /** Fails when the page shows the person's login id, e-mail, phone, surname beyond its initial or date of birth. */
    public static void assertShowsNothingPrivateOf(String page, Person person) {
        assertThat(page).as("login id of " + person.getDisplayName()).doesNotContain(person.getId());
        assertThat(page).as("e-mail").doesNotContain(person.getEmail());
        if (person.getPhone() != null) {
            assertThat(page).as("phone").doesNotContain(person.getPhone());
        }
        assertThat(page).as("surname beyond its initial").doesNotContain(person.getLastName());
        if (person.getDateOfBirth() != null) {
            assertThat(page).as("date of birth").doesNotContain(formats(person.getDateOfBirth()));
        }
    }

    private static String[] formats(LocalDate date) {
        return List.of("yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "d MMMM yyyy", "MMMM d, yyyy", "d. MMMM yyyy").stream()
                .flatMap(pattern -> List.of(Locale.ENGLISH, Locale.GERMAN).stream()
                        .map(locale -> date.format(DateTimeFormatter.ofPattern(pattern, locale))))
                .toArray(String[]::new);
    }
}
