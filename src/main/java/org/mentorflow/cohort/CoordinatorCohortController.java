package org.mentorflow.cohort;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.matching.MatchTexts;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.programme.UnknownProgrammeException;
import org.mentorflow.security.CurrentLogin;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator's two pages of a cohort's process: the placements of the students still without a mentor after
 * the request window (completes "Place unmatched students"), and the decisions on the mentorships still running at
 * the programme's end (completes "Decide on running mentorships"). Without the open task a page says so plainly.
 */
@Controller
class CoordinatorCohortController {

    /** Form fields of the placements page: {@code student.<public id>} = the mentor's public id, or empty. */
    static final String STUDENT_FIELD = "student.";
    /** Form fields of the closing page: {@code mentorship.<id>} = a decision. */
    static final String MENTORSHIP_FIELD = "mentorship.";

    private final Programmes programmes;
    private final Placements placements;
    private final ProgrammeClosing closing;
    private final TaskService tasks;
    private final PeopleService people;
    private final CurrentLogin login;
    private final MessageSource messages;
    private final MatchTexts matchTexts;

    CoordinatorCohortController(Programmes programmes, Placements placements, ProgrammeClosing closing, TaskService tasks,
            PeopleService people, CurrentLogin login, MessageSource messages, MatchTexts matchTexts) {
        this.programmes = programmes;
        this.placements = placements;
        this.closing = closing;
        this.tasks = tasks;
        this.people = people;
        this.login = login;
        this.messages = messages;
        this.matchTexts = matchTexts;
    }

    // --- placements ---

    @GetMapping("/coordinator/programmes/{id}/placements")
    String placements(@PathVariable String id, @RequestParam(required = false) String done, Locale locale, Model model) {
        Programme programme = programme(id);
        model.addAttribute("done", done != null);
        return placementsPage(programme, Map.of(), Map.of(), locale, model);
    }

    @PostMapping("/coordinator/programmes/{id}/placements")
    String place(@PathVariable String id, @RequestParam Map<String, String> form, Locale locale, Model model) {
        Programme programme = programme(id);
        Task task = openTask(programme, CohortProgrammeProcess.TASK_PLACE_UNMATCHED_STUDENTS);
        if (task == null) {
            return placementsPage(programme, Map.of(), Map.of(), locale, model);
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            if (field.startsWith(STUDENT_FIELD) && value != null && !value.isBlank()) {
                people.findByPublicId(field.substring(STUDENT_FIELD.length())).ifPresent(student ->
                        people.findByPublicId(value).ifPresent(mentor -> {
                            chosen.put(student.getId(), mentor.getId());
                            shown.put(student.getId(), mentor.getId());
                        }));
            } else if (field.startsWith(STUDENT_FIELD)) {
                people.findByPublicId(field.substring(STUDENT_FIELD.length())).ifPresent(student -> shown.put(student.getId(), ""));
            }
        });
        Placements.Overview overview = placements.overview(programme.getId());
        Map<String, MessageSourceResolvable> problems = placements.problems(overview, chosen);
        if (!problems.isEmpty()) {
            Map<String, String> texts = new LinkedHashMap<>();
            problems.forEach((student, problem) -> texts.put(student, messages.getMessage(problem, locale)));
            return placementsPage(programme, shown, texts, locale, model);
        }
        VariableMap variables = Variables.createVariables();
        CohortProgrammeProcess.PLACEMENTS.put(variables, Placements.toJson(chosen));
        if (!complete(task, variables)) {
            return placementsPage(programme, Map.of(), Map.of(), locale, model);
        }
        return "redirect:/coordinator/programmes/" + programme.getId() + "/placements?done";
    }

    /**
     * @param chosen   student id to the mentor id shown as selected (the suggestion where absent)
     * @param problems student id to the sentence that refuses their placement
     */
    private String placementsPage(Programme programme, Map<String, String> chosen, Map<String, String> problems, Locale locale,
            Model model) {
        model.addAttribute("programme", programme);
        if (!model.containsAttribute("done")) {
            model.addAttribute("done", false);
        }
        Task task = openTask(programme, CohortProgrammeProcess.TASK_PLACE_UNMATCHED_STUDENTS);
        model.addAttribute("open", task != null);
        if (task != null) {
            Placements.Overview overview = placements.overview(programme.getId());
            model.addAttribute("students", overview.students());
            model.addAttribute("mentors", overview.mentors());
            Map<String, String> selected = new LinkedHashMap<>();
            Map<String, String> why = new LinkedHashMap<>();
            for (Placements.Student student : overview.students()) {
                if (student.suggestion() != null) {
                    why.put(student.person().getId(), matchTexts.reasons(student.suggestion().reasons(),
                            student.person().getFirstName(), student.suggestion().mentor().getFirstName(), locale));
                }
                String mentorId = chosen.containsKey(student.person().getId()) ? chosen.get(student.person().getId())
                        : student.suggestion() == null ? "" : student.suggestion().mentor().getId();
                selected.put(student.person().getId(), mentorId.isEmpty() ? "" : people.get(mentorId).getPublicId());
            }
            model.addAttribute("selected", selected);
            model.addAttribute("why", why);
            model.addAttribute("problems", problems);
        }
        return "cohort/placements";
    }

    // --- closing ---

    @GetMapping("/coordinator/programmes/{id}/closing")
    String closing(@PathVariable String id, @RequestParam(required = false) String done, Model model, Locale locale) {
        Programme programme = programme(id);
        model.addAttribute("done", done != null);
        return closingPage(programme, Map.of(), messages.getMessage("cohort.closing.default-reason", null, locale), model);
    }

    @PostMapping("/coordinator/programmes/{id}/closing")
    String close(@PathVariable String id, @RequestParam Map<String, String> form, @RequestParam(defaultValue = "") String reason,
            HttpServletRequest request, Locale locale, Model model) {
        Programme programme = programme(id);
        Task task = openTask(programme, CohortProgrammeProcess.TASK_DECIDE_ON_RUNNING_MENTORSHIPS);
        if (task == null) {
            return closingPage(programme, Map.of(), reason, model);
        }
        Map<String, String> decisions = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            if (field.startsWith(MENTORSHIP_FIELD)) {
                decisions.put(field.substring(MENTORSHIP_FIELD.length()), value);
            }
        });
        boolean cancels = decisions.containsValue(CohortProgrammeProcess.DECISION_CANCEL);
        if (cancels && reason.isBlank()) {
            model.addAttribute("problem", messages.getMessage("cohort.closing.reason-missing", null, locale));
            return closingPage(programme, decisions, reason, model);
        }
        if (reason.strip().length() > org.mentorflow.mentorship.lifecycle.MentorshipLifecycle.MAX_REASON_LENGTH) {
            model.addAttribute("problem", messages.getMessage("mentorship.refused.reason-too-long",
                    new Object[] {org.mentorflow.mentorship.lifecycle.MentorshipLifecycle.MAX_REASON_LENGTH}, locale));
            return closingPage(programme, decisions, reason, model);
        }
        VariableMap variables = Variables.createVariables();
        CohortProgrammeProcess.CLOSING_DECISIONS.put(variables, ProgrammeClosing.toJson(decisions));
        CohortProgrammeProcess.CLOSING_COORDINATOR.put(variables, login.required(request).userId());
        CohortProgrammeProcess.CLOSING_REASON.put(variables, reason.strip());
        if (!complete(task, variables)) {
            return closingPage(programme, Map.of(), reason, model);
        }
        return "redirect:/coordinator/programmes/" + programme.getId() + "/closing?done";
    }

    private String closingPage(Programme programme, Map<String, String> decisions, String reason, Model model) {
        model.addAttribute("programme", programme);
        if (!model.containsAttribute("done")) {
            model.addAttribute("done", false);
        }
        Task task = openTask(programme, CohortProgrammeProcess.TASK_DECIDE_ON_RUNNING_MENTORSHIPS);
        model.addAttribute("open", task != null);
        if (task != null) {
            List<Mentorship> running = closing.running(programme.getId());
            Map<Long, List<String>> choices = new LinkedHashMap<>();
            Map<Long, String> selected = new LinkedHashMap<>();
            for (Mentorship mentorship : running) {
                List<String> allowed = ProgrammeClosing.choices(mentorship.getState());
                choices.put(mentorship.getId(), allowed);
                String decision = decisions.get(mentorship.getId().toString());
                selected.put(mentorship.getId(), decision != null && allowed.contains(decision) ? decision : allowed.get(0));
            }
            model.addAttribute("running", running);
            model.addAttribute("choices", choices);
            model.addAttribute("selected", selected);
        }
        model.addAttribute("reason", reason);
        return "cohort/closing";
    }

    // --- both ---

    private Programme programme(String id) {
        try {
            Programme programme = programmes.get(Long.parseLong(id));
            if (!programme.isCohort()) {
                throw new UnknownProgrammeException(id);
            }
            return programme;
        } catch (NumberFormatException e) {
            throw new UnknownProgrammeException(id);
        }
    }

    private Task openTask(Programme programme, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(CohortProgrammeProcess.KEY)
                .processInstanceBusinessKey(CohortProgrammeProcess.businessKey(programme.getId())).taskDefinitionKey(taskKey).active()
                .list().stream().findFirst().orElse(null);
    }

    /** @return false if the task was completed or ended meanwhile */
    private boolean complete(Task task, VariableMap variables) {
        try {
            tasks.complete(task.getId(), variables);
            return true;
        } catch (ProcessEngineException gone) {
            return false;
        }
    }

    static String name(Person person) {
        return person.getDisplayName();
    }
}
