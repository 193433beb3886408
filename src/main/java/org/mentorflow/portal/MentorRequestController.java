package org.mentorflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentorflow.directory.MentorCard;
import org.mentorflow.directory.MentorDirectory;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.mentorship.request.RequestRefusedException;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A mentee asks a mentor from the mentor's card: the anonymised card, the mentee's application at a glance, and
 * a message. The request stage's rules decide; a refusal is shown in the reader's language, the message kept.
 */
@Controller
class MentorRequestController {

    /** One section of the mentee's application and whether it is filled in. */
    record Section(String name, boolean filled) {
    }

    private final Participants participants;
    private final MentorDirectory directory;
    private final PeopleService people;
    private final MentorshipRequests requests;
    private final MessageSource messages;

    MentorRequestController(Participants participants, MentorDirectory directory, PeopleService people,
            MentorshipRequests requests, MessageSource messages) {
        this.participants = participants;
        this.directory = directory;
        this.people = people;
        this.requests = requests;
        this.messages = messages;
    }

    @GetMapping("/mentors/{publicId}/request")
    String form(@PathVariable String publicId, HttpServletRequest request, Locale locale, Model model) {
        Optional<Person> me = participants.current(request);
        if (me.isEmpty()) {
            return participants.turnAway(request, model);
        }
        return page(me.get(), card(publicId, locale), "", null, model);
    }

    @PostMapping("/mentors/{publicId}/request")
    String send(@PathVariable String publicId, @RequestParam(defaultValue = "") String message,
            HttpServletRequest request, Locale locale, Model model) {
        Optional<Person> me = participants.current(request);
        if (me.isEmpty()) {
            return participants.turnAway(request, model);
        }
        MentorCard mentor = card(publicId, locale);
        if (message.isBlank()) {
            return page(me.get(), mentor, message, messages.getMessage("portal.request.message-missing", null, locale), model);
        }
        String mentorId = people.findByPublicId(publicId).orElseThrow(() -> notFound(locale)).getId();
        try {
            requests.request(me.get().getId(), mentorId, message.strip());
        } catch (RequestRefusedException refused) {
            return page(me.get(), mentor, message, messages.getMessage(refused, locale), model);
        }
        return "redirect:/my?notice=" + MyMentoringController.Notice.REQUEST_SENT.parameter();
    }

    private String page(Person me, MentorCard mentor, String message, String problem, Model model) {
        model.addAttribute("mentor", mentor);
        model.addAttribute("message", message);
        model.addAttribute("problem", problem);
        model.addAttribute("sections", List.of(new Section("my-data", filled(me.getMyData())),
                new Section("current-situation", filled(me.getCurrentSituation())), new Section("goals", filled(me.getGoals())),
                new Section("help-wished", filled(me.getHelpWished()))));
        model.addAttribute("maxMessage", MentorshipRequests.MAX_MESSAGE_LENGTH);
        return "portal/request";
    }

    private MentorCard card(String publicId, Locale locale) {
        return directory.cardByPublicId(publicId).orElseThrow(() -> notFound(locale));
    }

    private ResponseStatusException notFound(Locale locale) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, messages.getMessage("portal.request.no-mentor", null, locale));
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
