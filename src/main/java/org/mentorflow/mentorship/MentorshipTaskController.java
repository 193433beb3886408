package org.mentorflow.mentorship;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.mentorflow.people.Person;
import org.mentorflow.security.CurrentLogin;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The link in every mail about a mentorship: leads whoever clicks it to their own open step of it in Tasklist (a
 * coordinator also to their group's), never to the partner's, or says plainly where the mentorship stands and
 * whose turn it is. A mail is read days later, when the step it announced may be done, so the link decides on
 * click, not when the mail was written.
 */
@Controller
class MentorshipTaskController {

    private static final String NOT_A_MENTORSHIP = "This link does not lead to a mentorship.";

    private final Mentorships mentorships;
    private final TaskService tasks;
    private final CurrentLogin login;

    MentorshipTaskController(Mentorships mentorships, TaskService tasks, CurrentLogin login) {
        this.mentorships = mentorships;
        this.tasks = tasks;
        this.login = login;
    }

    @GetMapping("/mentorships/{id}/task")
    String openTask(@PathVariable String id, HttpServletRequest request, Model model) {
        Mentorship mentorship = mentorship(id);
        CurrentLogin.Login who = login.required(request);
        boolean participant = mentorship.isParticipant(who.userId());
        if (!participant && !who.isCoordinator()) {
            // someone else's mentorship looks like none: whether it exists is not theirs to learn
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, NOT_A_MENTORSHIP);
        }
        Optional<Task> own = newest(tasks.createTaskQuery().processInstanceBusinessKey(id).taskAssignee(who.userId()));
        if (own.isEmpty() && who.isCoordinator() && !who.groups().isEmpty()) {
            own = newest(tasks.createTaskQuery().processInstanceBusinessKey(id).taskCandidateGroupIn(who.groups()));
        }
        if (own.isPresent()) {
            return "redirect:/camunda/app/tasklist/default/#/?task=" + own.get().getId();
        }
        model.addAttribute("state", mentorship.getState());
        if (participant) {
            Person partner = mentorship.getMentee().getId().equals(who.userId()) ? mentorship.getMentor() : mentorship.getMentee();
            boolean partnersTurn = tasks.createTaskQuery().processInstanceBusinessKey(id).taskAssignee(partner.getId()).count() > 0;
            model.addAttribute("partner", partnersTurn ? partner.getDisplayName() : null);
        }
        return "mentorship/no-open-task";
    }

    private Mentorship mentorship(String id) {
        try {
            return mentorships.get(Long.parseLong(id));
        } catch (IllegalArgumentException e) {
            // not a number, or no such mentorship (NumberFormatException is an IllegalArgumentException)
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, NOT_A_MENTORSHIP);
        }
    }

    private static Optional<Task> newest(org.camunda.bpm.engine.task.TaskQuery query) {
        return query.orderByTaskCreateTime().desc().listPage(0, 1).stream().findFirst();
    }
}
