package org.mentorflow.mentorship;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The link in every mail: leads to the mentorship's open task in Tasklist, or explains plainly why there
 * is nothing left to do (answered, withdrawn, expired).
 */
@Controller
class MentorshipTaskController {

    private final Mentorships mentorships;
    private final TaskService tasks;

    MentorshipTaskController(Mentorships mentorships, TaskService tasks) {
        this.mentorships = mentorships;
        this.tasks = tasks;
    }

    @GetMapping("/mentorships/{id}/task")
    String openTask(@PathVariable String id, Model model) {
        long mentorshipId;
        try {
            mentorshipId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This link does not lead to a mentorship.");
        }
        Mentorship mentorship;
        try {
            mentorship = mentorships.get(mentorshipId);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This link does not lead to a mentorship.");
        }
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(id).orderByTaskCreateTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (task != null) {
            return "redirect:/camunda/app/tasklist/default/#/?task=" + task.getId();
        }
        model.addAttribute("state", mentorship.getState());
        return "mentorship/no-open-task";
    }
}
