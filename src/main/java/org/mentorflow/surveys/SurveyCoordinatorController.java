package org.mentorflow.surveys;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.programme.UnknownProgrammeException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator's page of a programme's surveys, /coordinator/programmes/{id}/surveys (coordinators only, see
 * WebSecurity): per survey the response figures (invited, answered, rate, reminders), the averages of the scale
 * questions, and the questions to add, change, reorder and remove. What a removal does is {@link SurveyQuestions}'
 * rule: deleted while unanswered, retired once answered.
 */
@Controller
class SurveyCoordinatorController {

    private static final String PAGE = "surveys/coordinator";

    private final Surveys surveys;
    private final SurveyQuestions questions;
    private final Programmes programmes;
    private final MessageSource messages;

    SurveyCoordinatorController(Surveys surveys, SurveyQuestions questions, Programmes programmes, MessageSource messages) {
        this.surveys = surveys;
        this.questions = questions;
        this.programmes = programmes;
        this.messages = messages;
    }

    /** One survey as the page shows it. */
    record SurveySection(Survey survey, ResponseRate rate, List<Surveys.QuestionFigures> questions,
            List<Surveys.QuestionFigures> retired) {
    }

    @GetMapping("/coordinator/programmes/{programmeId}/surveys")
    String page(@PathVariable String programmeId, @RequestParam Optional<String> done, HttpServletResponse response,
            Model model, Locale locale) {
        Optional<Programme> programme = programme(programmeId);
        if (programme.isEmpty()) {
            return unknownProgramme(response, model, locale);
        }
        done.filter(d -> d.matches("added|changed|removed|retired|moved")).ifPresent(d -> model.addAttribute("done", d));
        return show(programme.get(), null, null, model);
    }

    @PostMapping("/coordinator/programmes/{programmeId}/surveys/{survey}/questions")
    String add(@PathVariable String programmeId, @PathVariable String survey, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String kind, HttpServletResponse response, Model model, Locale locale) {
        Optional<Programme> programme = programme(programmeId);
        Optional<Survey> which = enumValue(Survey.class, survey);
        if (programme.isEmpty() || which.isEmpty()) {
            return unknownProgramme(response, model, locale);
        }
        return change(programme.get(), which.get(), "added", response, model, locale,
                () -> questions.add(programme.get().getId(), which.get(), text, enumValue(QuestionKind.class, kind).orElse(null)));
    }

    @PostMapping("/coordinator/programmes/{programmeId}/surveys/questions/{questionId}")
    String change(@PathVariable String programmeId, @PathVariable long questionId,
            @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String kind,
            HttpServletResponse response, Model model, Locale locale) {
        Optional<Programme> programme = programme(programmeId);
        if (programme.isEmpty()) {
            return unknownProgramme(response, model, locale);
        }
        return change(programme.get(), null, "changed", response, model, locale, () -> questions.change(
                programme.get().getId(), questionId, text, enumValue(QuestionKind.class, kind).orElse(null)));
    }

    @PostMapping("/coordinator/programmes/{programmeId}/surveys/questions/{questionId}/remove")
    String remove(@PathVariable String programmeId, @PathVariable long questionId, HttpServletResponse response,
            Model model, Locale locale) {
        Optional<Programme> programme = programme(programmeId);
        if (programme.isEmpty()) {
            return unknownProgramme(response, model, locale);
        }
        String[] outcome = new String[1];
        String view = change(programme.get(), null, "removed", response, model, locale,
                () -> outcome[0] = questions.remove(programme.get().getId(), questionId) ? "retired" : "removed");
        return outcome[0] == null ? view : redirect(programme.get(), outcome[0]);
    }

    @PostMapping("/coordinator/programmes/{programmeId}/surveys/questions/{questionId}/{direction:up|down}")
    String move(@PathVariable String programmeId, @PathVariable long questionId, @PathVariable String direction,
            HttpServletResponse response, Model model, Locale locale) {
        Optional<Programme> programme = programme(programmeId);
        if (programme.isEmpty()) {
            return unknownProgramme(response, model, locale);
        }
        return change(programme.get(), null, "moved", response, model, locale,
                () -> questions.move(programme.get().getId(), questionId, direction.equals("up") ? -1 : 1));
    }

    /** Runs a change; after it the page again (redirect), or the page with the refusal in plain words. */
    private String change(Programme programme, Survey survey, String done, HttpServletResponse response, Model model,
            Locale locale, Runnable change) {
        try {
            change.run();
            return redirect(programme, done);
        } catch (SurveyRefusedException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(programme, messages.getMessage(refused.messageKey(), refused.arguments(), locale), survey, model);
        }
    }

    private String show(Programme programme, String problem, Survey survey, Model model) {
        Map<Survey, SurveySection> sections = new LinkedHashMap<>();
        for (Survey each : Survey.values()) {
            List<Surveys.QuestionFigures> figures = surveys.figures(programme.getId(), each);
            sections.put(each, new SurveySection(each, surveys.responseRate(programme.getId(), each),
                    figures.stream().filter(f -> !f.question().isRetired()).toList(),
                    figures.stream().filter(f -> f.question().isRetired()).toList()));
        }
        model.addAttribute("programme", programme);
        model.addAttribute("sections", sections.values());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("problem", problem);
        model.addAttribute("problemSurvey", survey);
        return PAGE;
    }

    private String unknownProgramme(HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("title", messages.getMessage("survey.coordinator.title", null, locale));
        model.addAttribute("message", messages.getMessage("survey.coordinator.unknown", null, locale));
        model.addAttribute("done", false);
        return "surveys/notice";
    }

    private static String redirect(Programme programme, String done) {
        return "redirect:/coordinator/programmes/" + programme.getId() + "/surveys?done=" + done;
    }

    private Optional<Programme> programme(String id) {
        if (!id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(programmes.get(Long.parseLong(id)));
        } catch (UnknownProgrammeException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }
}
