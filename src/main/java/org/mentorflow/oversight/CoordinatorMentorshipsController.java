package org.mentorflow.oversight;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.PeopleService;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.programme.UnknownProgrammeException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinators' list of mentorships (WebSecurity lets only the coordinators group into /coordinator/**), ended
 * ones included, which Community Cockpit does not show, and one mentorship's history: its steps, who took them,
 * when (on the programme's clock), how it ended. Paged: a programme has hundreds.
 */
@Controller
class CoordinatorMentorshipsController {

    static final int PAGE_SIZE = 25;

    private final Mentorships mentorships;
    private final Programmes programmes;
    private final PeopleService people;
    private final MentorshipSteps steps;
    private final HistoryService history;
    private final MessageSource messages;

    CoordinatorMentorshipsController(Mentorships mentorships, Programmes programmes, PeopleService people,
            MentorshipSteps steps, HistoryService history, MessageSource messages) {
        this.mentorships = mentorships;
        this.programmes = programmes;
        this.people = people;
        this.steps = steps;
        this.history = history;
        this.messages = messages;
    }

    /** One line of the list, its times already in the programme's zone and the reader's format. */
    record Row(Mentorship mentorship, String requested, String ended, String endedBy, String zone, String cockpit) {
    }

    /** One step of the history, ready to show. */
    record StepLine(Step step, String who, String started, String ended) {
    }

    @GetMapping("/coordinator/mentorships")
    String list(@RequestParam(name = "programme", required = false) String slug,
            @RequestParam(name = "show", required = false) String show,
            @RequestParam(name = "page", required = false) String page, Locale locale, Model model) {
        Programme programme = slug == null || slug.isBlank() ? null
                : programmes.find(slug.strip()).orElseThrow(() -> new UnknownProgrammeException(slug));
        Shown shown = Shown.from(show);
        Page<Mentorship> found = mentorships.page(programme == null ? null : programme.getId(), shown.states,
                pageIndex(page), PAGE_SIZE);
        Map<String, String> running = runningProcesses(found.getContent());
        PersonNames names = new PersonNames(people);
        List<Row> rows = found.getContent().stream().map(mentorship -> {
            ReaderTimes times = new ReaderTimes(mentorship.getProgramme().zone(), locale);
            return new Row(mentorship, times.show(mentorship.getRequestedAt()), times.show(mentorship.getEndedAt()),
                    names.of(mentorship.getCancelledBy()), mentorship.getProgramme().zone().getId(),
                    cockpitLink(running.get(mentorship.getId().toString())));
        }).toList();
        model.addAttribute("programme", programme);
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("shown", shown.param());
        model.addAttribute("choices", List.of(Shown.values()).stream().map(Shown::param).toList());
        model.addAttribute("rows", rows);
        model.addAttribute("page", found);
        return "oversight/mentorships";
    }

    @GetMapping("/coordinator/mentorships/{id}")
    String mentorship(@PathVariable String id, Locale locale, Model model, HttpServletResponse response) throws IOException {
        Optional<Mentorship> found = parseId(id).flatMap(mentorshipId -> mentorships.all(List.of(mentorshipId)).stream().findFirst());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND,
                    messages.getMessage("oversight.not-found", new Object[] {id}, locale));
            return null;
        }
        Mentorship mentorship = found.get();
        ReaderTimes times = new ReaderTimes(mentorship.getProgramme().zone(), locale);
        PersonNames names = new PersonNames(people);
        List<StepLine> lines = steps.of(mentorship.getId()).stream()
                .map(step -> new StepLine(step, names.of(step.who()), times.show(step.started()), times.show(step.ended())))
                .toList();
        Optional<HistoricProcessInstance> process = steps.processOf(mentorship.getId());
        model.addAttribute("mentorship", mentorship);
        model.addAttribute("row", new Row(mentorship, times.show(mentorship.getRequestedAt()),
                times.show(mentorship.getEndedAt()), names.of(mentorship.getCancelledBy()),
                mentorship.getProgramme().zone().getId(),
                process.filter(p -> p.getEndTime() == null).map(p -> cockpitLink(p.getId())).orElse(null)));
        model.addAttribute("steps", lines);
        return "oversight/mentorship";
    }

    /** The running process of each open mentorship on the page, by business key: one query for the page. */
    private Map<String, String> runningProcesses(List<Mentorship> page) {
        String[] open = page.stream().filter(m -> MentorshipState.OPEN.contains(m.getState()))
                .map(m -> m.getId().toString()).toArray(String[]::new);
        if (open.length == 0) {
            return Map.of();
        }
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(MentorshipProcess.KEY)
                .processInstanceBusinessKeyIn(open).unfinished().list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getBusinessKey, HistoricProcessInstance::getId, (a, b) -> a));
    }

    static String cockpitLink(String processInstanceId) {
        return processInstanceId == null ? null : "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId;
    }

    /** Page numbers as people count them, from 1; anything else is the first page. */
    private static int pageIndex(String page) {
        try {
            return Math.max(0, Integer.parseInt(page == null ? "1" : page.strip()) - 1);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
