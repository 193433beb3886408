package org.mentorflow.joining;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentorflow.directory.MentorCard;
import org.mentorflow.directory.MentorDirectory;
import org.mentorflow.mentorship.RefusalException;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.programme.UnknownProgrammeException;
import org.mentorflow.programme.Window;
import org.mentorflow.security.LoggedInParticipant;
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
 * A cohort's mentor candidates as its students see them: those a student may ask now (a free place in the cohort,
 * fewer open requests there than its limit, mentoring the student's level), the search's cards. Before the request
 * window the list is there to browse, without request buttons; after it, only the dates. A request goes through the
 * request stage's rules with this programme; each refusal is shown as a sentence, the message kept.
 */
@Controller
class CohortMentorsController {

    private final Programmes programmes;
    private final MentorDirectory directory;
    private final CandidateLanguages candidateLanguages;
    private final CohortSignUps signUps;
    private final MentorshipRequests requests;
    private final PeopleService people;
    private final LoggedInParticipant participants;
    private final MessageSource messages;
    private final Clock clock;

    CohortMentorsController(Programmes programmes, MentorDirectory directory, CandidateLanguages candidateLanguages,
            CohortSignUps signUps, MentorshipRequests requests, PeopleService people, LoggedInParticipant participants,
            MessageSource messages, Clock clock) {
        this.programmes = programmes;
        this.directory = directory;
        this.candidateLanguages = candidateLanguages;
        this.signUps = signUps;
        this.requests = requests;
        this.people = people;
        this.participants = participants;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/programmes/{slug}/mentors")
    String list(@PathVariable String slug, @RequestParam(required = false) String notice, HttpServletRequest request,
            Locale locale, Model model) {
        Optional<Person> me = participants.current(request);
        if (me.isEmpty()) {
            return participants.turnAway(request, model);
        }
        Programme programme = programme(slug);
        if (!programme.isCohort()) {
            return "redirect:/mentors";
        }
        Window window = programme.requestWindow(clock.instant());
        Optional<MentoringLevel> level = signUps.studentLevel(programme, me.get().getId());
        List<MentorCard> mentors = window == Window.CLOSED ? List.of() : withCohortLanguages(programme,
                directory.cohortCandidates(programme, level.orElse(null)));
        model.addAttribute("programme", programme);
        model.addAttribute("notice", "joined".equals(notice) ? notice : null);
        model.addAttribute("window", window.name());
        model.addAttribute("windowNotice", window == Window.OPEN ? null : messages.getMessage(CohortDates.requests(programme, window), locale));
        model.addAttribute("level", level.orElse(null));
        model.addAttribute("mayJoin", me.get().isMentee() && level.isEmpty()
                && programme.studentSignUp(clock.instant()) == Window.OPEN);
        model.addAttribute("mentors", mentors);
        model.addAttribute("requestable", window == Window.OPEN && me.get().isMentee());
        model.addAttribute("showList", window != Window.CLOSED);
        return "joining/mentors";
    }

    @GetMapping("/programmes/{slug}/mentors/{publicId}/request")
    String form(@PathVariable String slug, @PathVariable String publicId, HttpServletRequest request, Locale locale, Model model) {
        Optional<Person> me = participants.current(request);
        if (me.isEmpty()) {
            return participants.turnAway(request, model);
        }
        Programme programme = cohort(slug, locale);
        Window window = programme.requestWindow(clock.instant());
        String problem = window == Window.OPEN ? null : messages.getMessage(CohortDates.requests(programme, window), locale);
        return page(programme, card(programme, publicId, locale), "", problem, model);
    }

    @PostMapping("/programmes/{slug}/mentors/{publicId}/request")
    String send(@PathVariable String slug, @PathVariable String publicId, @RequestParam(defaultValue = "") String message,
            HttpServletRequest request, Locale locale, Model model) {
        Optional<Person> me = participants.current(request);
        if (me.isEmpty()) {
            return participants.turnAway(request, model);
        }
        Programme programme = cohort(slug, locale);
        MentorCard mentor = card(programme, publicId, locale);
        if (message.isBlank()) {
            return page(programme, mentor, message, messages.getMessage("portal.request.message-missing", null, locale), model);
        }
        Person mentorPerson = people.findByPublicId(publicId).orElseThrow(() -> notFound(locale));
        try {
            signUps.checkLevelMentored(programme, me.get().getId(), mentorPerson.getId(), mentor.displayName());
            requests.request(programme.getId(), me.get().getId(), mentorPerson.getId(), message.strip());
        } catch (RefusalException refused) {
            return page(programme, mentor, message, messages.getMessage(refused, locale), model);
        }
        return "redirect:/my?notice=request-sent";
    }

    private String page(Programme programme, MentorCard mentor, String message, String problem, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("mentor", mentor);
        model.addAttribute("message", message);
        model.addAttribute("problem", problem);
        model.addAttribute("maxMessage", MentorshipRequests.MAX_MESSAGE_LENGTH);
        return "joining/request";
    }

    /**
     * The candidate's card as the cohort shows it; a mentor who is no candidate gets the search's card with no place
     * (the request stage says why), anyone else is not found.
     */
    private MentorCard card(Programme programme, String publicId, Locale locale) {
        return directory.cohortCard(programme, publicId)
                .map(card -> withCohortLanguages(programme, List.of(card)).get(0))
                .or(() -> directory.cardByPublicId(publicId).map(card -> new MentorCard(card.publicId(), card.displayName(),
                        card.fields(), card.languages(), card.location(), card.levels(), card.backgroundExcerpt(), 0)))
                .orElseThrow(() -> notFound(locale));
    }

    /** The cards with the languages the candidates mentor in within the cohort, where they chose them. */
    private List<MentorCard> withCohortLanguages(Programme programme, List<MentorCard> cards) {
        if (cards.isEmpty()) {
            return cards;
        }
        Map<String, List<String>> byPublicId = candidateLanguages.ofCohortByPublicId(programme.getId());
        return cards.stream().map(card -> {
            List<String> languages = byPublicId.get(card.publicId());
            return languages == null || languages.isEmpty() ? card : new MentorCard(card.publicId(), card.displayName(),
                    card.fields(), languages, card.location(), card.levels(), card.backgroundExcerpt(), card.freePlaces());
        }).toList();
    }

    private Programme programme(String slug) {
        return programmes.find(slug).orElseThrow(() -> new UnknownProgrammeException(slug));
    }

    private Programme cohort(String slug, Locale locale) {
        Programme programme = programme(slug);
        if (!programme.isCohort()) {
            throw notFound(locale);
        }
        return programme;
    }

    private ResponseStatusException notFound(Locale locale) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, messages.getMessage("portal.request.no-mentor", null, locale));
    }
}
