package org.mentorflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.Person;
import org.mentorflow.security.LoggedInParticipant;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who uses a portal page that needs a participant ({@link LoggedInParticipant}), and which of their
 * mentorships a page may show.
 */
@Component
class Participants {

    private final LoggedInParticipant loggedIn;
    private final Mentorships mentorships;
    private final MessageSource messages;

    Participants(LoggedInParticipant loggedIn, Mentorships mentorships, MessageSource messages) {
        this.loggedIn = loggedIn;
        this.mentorships = mentorships;
        this.messages = messages;
    }

    /** The logged-in participant, if the person is logged in and has a profile. */
    Optional<Person> current(HttpServletRequest request) {
        return loggedIn.current(request);
    }

    /** Where someone who is no participant belongs: see {@link LoggedInParticipant#turnAway}. */
    String turnAway(HttpServletRequest request, Model model) {
        return loggedIn.turnAway(request, model);
    }

    /**
     * The mentorship with this id if the person takes part in it; anything else (no number, no such mentorship,
     * somebody else's) is "not found", so ids of other people's mentorships reveal nothing.
     */
    Mentorship mentorshipOf(Person person, String id, Locale locale) {
        Mentorship mentorship;
        try {
            mentorship = mentorships.get(Long.parseLong(id));
        } catch (IllegalArgumentException e) { // NumberFormatException included
            throw notFound(locale);
        }
        if (!mentorship.getMentee().getId().equals(person.getId()) && !mentorship.getMentor().getId().equals(person.getId())) {
            throw notFound(locale);
        }
        return mentorship;
    }

    private ResponseStatusException notFound(Locale locale) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, messages.getMessage("portal.mentorship.not-found", null, locale));
    }
}
