package org.mentorflow.matching;

import static org.mentorflow.programme.CalendarDays.day;
import static org.mentorflow.programme.CalendarDays.lastDay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator's match proposal page of a cohort (/coordinator/** is for coordinators only): run the proposal
 * while the request window is open, review and change its pairs, send them as requests or discard it.
 */
@Controller
class MatchProposalController {

    private static final String PATH = "/coordinator/programmes/{id}/match-proposal";
    /** The form field of a student's mentor select: {@code mentor.<studentId>}. */
    private static final String MENTOR_FIELD = "mentor.";

    private final Programmes programmes;
    private final MatchProposalReview review;
    private final MatchProposals proposals;
    private final MessageSource messages;

    MatchProposalController(Programmes programmes, MatchProposalReview review, MatchProposals proposals,
            MessageSource messages) {
        this.programmes = programmes;
        this.review = review;
        this.proposals = proposals;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(@PathVariable long id, @RequestParam(required = false) String notice, Locale locale, Model model) {
        Programme programme = programmes.get(id);
        if ("sent".equals(notice) || "discarded".equals(notice) || "running".equals(notice)) {
            model.addAttribute("notice", messages.getMessage("matching.notice." + notice, null, locale));
        }
        return show(programme, Map.of(), List.of(), locale, model);
    }

    @PostMapping(PATH)
    String run(@PathVariable long id, Locale locale, Model model) {
        Programme programme = programmes.get(id);
        return review.run(programme, locale)
                .map(problem -> show(programme, Map.of(), List.of(problem), locale, model))
                .orElse("redirect:" + path(id) + "?notice=running");
    }

    @PostMapping(PATH + "/send")
    String send(@PathVariable long id, @RequestParam String task, @RequestParam Map<String, String> form, Locale locale,
            Model model) {
        Programme programme = programmes.get(id);
        Map<String, String> chosen = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            if (field.startsWith(MENTOR_FIELD)) {
                chosen.put(field.substring(MENTOR_FIELD.length()), value);
            }
        });
        List<String> problems = review.send(programme, task, chosen, locale);
        return problems.isEmpty() ? "redirect:" + path(id) + "?notice=sent" : show(programme, chosen, problems, locale, model);
    }

    @PostMapping(PATH + "/discard")
    String discard(@PathVariable long id, @RequestParam String task, Locale locale, Model model) {
        Programme programme = programmes.get(id);
        List<String> problems = review.discard(programme, task, locale);
        return problems.isEmpty() ? "redirect:" + path(id) + "?notice=discarded" : show(programme, Map.of(), problems, locale, model);
    }

    private String show(Programme programme, Map<String, String> selected, List<String> problems, Locale locale, Model model) {
        MatchProposalReview.Stage stage = review.stage(programme);
        model.addAttribute("programme", programme);
        model.addAttribute("stage", stage.name());
        model.addAttribute("problems", problems);
        model.addAttribute("mentorField", MENTOR_FIELD);
        model.addAttribute("opensOn", day(programme, programme.getRequestsOpenAt()));
        model.addAttribute("closesOn", lastDay(programme, programme.getRequestsCloseAt()));
        if (stage == MatchProposalReview.Stage.UNDER_REVIEW) {
            review.review(programme, selected, locale).ifPresent(open -> model.addAttribute("review", open));
        } else if (programme.isCohort()) {
            proposals.latest(programme.getId()).filter(last -> last.getStatus() != MatchProposal.Status.UNDER_REVIEW)
                    .ifPresent(last -> model.addAttribute("last", last));
        }
        return "matching/match-proposal";
    }

    private static String path(long id) {
        return PATH.replace("{id}", String.valueOf(id));
    }

}
