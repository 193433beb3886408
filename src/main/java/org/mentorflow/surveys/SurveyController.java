package org.mentorflow.surveys;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.security.LoggedInParticipant;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The answer page behind the link in a survey mail, /surveys/{invitationId}: for the invited person only (logged
 * in); anyone else, and an unknown address, get a plain 404 sentence and nothing of the survey. Every question is
 * optional, but an empty form is refused; once answered, the page says when, and so does an old link after the
 * survey closed.
 */
@Controller
class SurveyController {

    private static final String FORM = "surveys/form";
    private static final String NOTICE = "surveys/notice";

    private final Surveys surveys;
    private final Programmes programmes;
    private final LoggedInParticipant participant;
    private final MessageSource messages;

    SurveyController(Surveys surveys, Programmes programmes, LoggedInParticipant participant, MessageSource messages) {
        this.surveys = surveys;
        this.programmes = programmes;
        this.participant = participant;
        this.messages = messages;
    }

    @GetMapping("/surveys/{invitationId}")
    String form(@PathVariable String invitationId, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale) {
        Optional<Person> me = participant.current(request);
        if (me.isEmpty()) {
            return participant.turnAway(request, model);
        }
        long id = idOf(invitationId);
        try {
            List<SurveyQuestion> questions = surveys.questionsFor(id, me.get().getId());
            return showForm(surveys.invitation(id).orElseThrow(), questions, Map.of(), null, model);
        } catch (SurveyRefusedException refused) {
            return notice(id, refused, response, model, locale);
        }
    }

    @PostMapping("/surveys/{invitationId}")
    String answer(@PathVariable String invitationId, @RequestParam Map<String, String> form, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        Optional<Person> me = participant.current(request);
        if (me.isEmpty()) {
            return participant.turnAway(request, model);
        }
        long id = idOf(invitationId);
        Map<Long, String> submitted = new LinkedHashMap<>();
        Map<String, String> values = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.matches("q\\d{1,18}")) {
                submitted.put(Long.valueOf(name.substring(1)), value);
                values.put(name, value);
            }
        });
        try {
            surveys.answer(id, me.get().getId(), submitted);
            model.addAttribute("title", messages.getMessage("survey.thanks.title", null, locale));
            model.addAttribute("message", messages.getMessage("survey.thanks", null, locale));
            model.addAttribute("done", true);
            return NOTICE;
        } catch (SurveyRefusedException refused) {
            if (refused.reason() == SurveyRefusedException.Reason.NOTHING_ANSWERED
                    || refused.reason() == SurveyRefusedException.Reason.INVALID_ANSWER) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                SurveyInvitation invitation = surveys.invitation(id).orElseThrow();
                return showForm(invitation, surveys.questionsFor(id, me.get().getId()), values,
                        messages.getMessage(refused.messageKey(), refused.arguments(), locale), model);
            }
            return notice(id, refused, response, model, locale);
        }
    }

    private String showForm(SurveyInvitation invitation, List<SurveyQuestion> questions, Map<String, String> values,
            String problem, Model model) {
        model.addAttribute("invitation", invitation);
        model.addAttribute("programme", programmes.get(invitation.getProgrammeId()).getName());
        model.addAttribute("partner", surveys.partnerName(invitation));
        model.addAttribute("questions", questions);
        model.addAttribute("values", values);
        model.addAttribute("problem", problem);
        return FORM;
    }

    /** A refusal in plain words: someone else's or unknown survey (404), answered, closed (each with its date). */
    private String notice(long invitationId, SurveyRefusedException refused, HttpServletResponse response, Model model,
            Locale locale) {
        Object[] arguments = refused.arguments();
        if (refused.reason() == SurveyRefusedException.Reason.NOT_YOURS) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (arguments.length > 0 && arguments[0] instanceof Instant instant) {
            ZoneId zone = surveys.invitation(invitationId).map(i -> programmes.get(i.getProgrammeId()))
                    .map(Programme::zone).orElse(ZoneId.of("UTC"));
            String pattern = messages.getMessage("mail.date-pattern", null, locale);
            arguments = new Object[] {DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(zone))};
        }
        model.addAttribute("title", messages.getMessage("survey.title", null, locale));
        model.addAttribute("message", messages.getMessage(refused.messageKey(), arguments, locale));
        model.addAttribute("done", refused.reason() == SurveyRefusedException.Reason.ALREADY_ANSWERED);
        return NOTICE;
    }

    /** An address that is no number names no invitation: the same 404 as somebody else's. */
    private static long idOf(String invitationId) {
        return invitationId.matches("\\d{1,18}") ? Long.parseLong(invitationId) : -1;
    }
}
