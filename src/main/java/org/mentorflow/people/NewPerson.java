package org.mentorflow.people;

import java.util.Set;

/** What registration needs to create a participant. */
public record NewPerson(
        String id,
        String firstName,
        String lastName,
        String email,
        String language,
        String password,
        boolean mentee,
        boolean mentor) {

    public NewPerson {
        if (!Set.of("en", "de").contains(language)) {
            throw new IllegalArgumentException("MentorFlow speaks English (en) and German (de), not " + language);
        }
    }
}
