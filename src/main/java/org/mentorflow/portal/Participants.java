package org.mentorflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipRequests;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.security.CurrentLogin;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who uses a portal page that needs a participant: the logged-in person's profile; a visitor goes to the login
 * page, someone logged in without a profile (an administrator) is told so.
 */
@Component
class Participants {

    private final CurrentLogin currentLogin;
    private final PeopleService people;
    private final MentorshipRequests mentorships;
    private final MessageSource messages;

    Participants(CurrentLogin currentLogin, PeopleService people, MentorshipRequests mentorships, MessageSource messages) {
        this.currentLogin = currentLogin;
        this.people = people;
        this.mentorships = mentorships;
        this.messages = messages;
    }

    /** The logged-in participant, if the person is logged in and has a profile. */
    Optional<Person> current(HttpServletRequest request) {
        return currentLogin.of(request).flatMap(login -> people.find(login.userId()));
    }

    /**
     * The view for someone who is no participant: the page saying the login has no profile, or the login page
     * (Spring Security sends visitors there before they reach a page, and brings them back after it).
     */
    String turnAway(HttpServletRequest request, Model model) {
        return currentLogin.of(request).map(login -> {
            model.addAttribute("userId", login.userId());
            return "portal/no-profile";
        }).orElse("redirect:/login");
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
