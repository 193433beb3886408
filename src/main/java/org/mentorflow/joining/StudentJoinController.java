package org.mentorflow.joining;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.programme.UnknownProgrammeException;
import org.mentorflow.programme.Window;
import org.mentorflow.security.LoggedInParticipant;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A mentee joins a cohort as a student, at their level (master's or doctoral), from its sign-up until its request
 * window closes; then they see the mentor candidates of their level. Joining without a request is what puts a student
 * on the coordinator's list of students still without a mentor.
 */
@Controller
class StudentJoinController {

    private final Programmes programmes;
    private final CohortSignUps signUps;
    private final LoggedInParticipant participants;
    private final MessageSource messages;
    private final Clock clock;

    StudentJoinController(Programmes programmes, CohortSignUps signUps, LoggedInParticipant participants,
            MessageSource messages, Clock clock) {
        this.programmes = programmes;
        this.signUps = signUps;
        this.participants = participants;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/programmes/{slug}/join")
    String form(@PathVariable String slug, HttpServletRequest request, Locale locale, Model model) {
        Optional<Person> me = participants.current(request);
        if (me.isEmpty()) {
            return participants.turnAway(request, model);
        }
        Programme programme = programme(slug);
        Optional<MentoringLevel> level = programme.isCohort() ? signUps.studentLevel(programme, me.get().getId()) : Optional.empty();
        return page(programme, me.get(), level.map(Enum::name).orElse(null), level.isPresent(), null, locale, model);
    }

    @PostMapping("/programmes/{slug}/join")
    String join(@PathVariable String slug, @RequestParam(required = false) String level, HttpServletRequest request,
            Locale locale, Model model) {
        Optional<Person> me = participants.current(request);
        if (me.isEmpty()) {
            return participants.turnAway(request, model);
        }
        Programme programme = programme(slug);
        try {
            signUps.join(programme, me.get().getId(), parse(level));
        } catch (JoiningRefusedException refused) {
            boolean joined = programme.isCohort() && signUps.studentLevel(programme, me.get().getId()).isPresent();
            return page(programme, me.get(), level, joined, messages.getMessage(refused, locale), locale, model);
        }
        return "redirect:/programmes/" + programme.getSlug() + "/mentors?notice=joined";
    }

    private String page(Programme programme, Person me, String level, boolean joined, String problem, Locale locale, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("level", level);
        model.addAttribute("joined", joined);
        model.addAttribute("problem", problem);
        model.addAttribute("levels", programme.mentorLevelList());
        if (!programme.isCohort()) {
            model.addAttribute("closed", messages.getMessage("joining.refused.not-a-cohort", new Object[] {programme.getName()}, locale));
            return "joining/join";
        }
        Window window = programme.studentSignUp(clock.instant());
        model.addAttribute("closed", window == Window.OPEN ? null : messages.getMessage(CohortDates.join(programme, window), locale));
        model.addAttribute("studentProblem", signUps.studentProblem(programme, me)
                .map(refusal -> messages.getMessage(refusal, locale)).orElse(null));
        return "joining/join";
    }

    private static MentoringLevel parse(String level) {
        try {
            return level == null ? null : MentoringLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Programme programme(String slug) {
        return programmes.find(slug).orElseThrow(() -> new UnknownProgrammeException(slug));
    }
}
