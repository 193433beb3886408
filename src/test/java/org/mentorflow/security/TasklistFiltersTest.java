package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.Groups;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator finds the tasks waiting for their group (a programme's match proposal, placements) in Tasklist. */
class TasklistFiltersTest extends IntegrationTest {

    @Autowired
    FilterService filters;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    @Test
    void coordinatorTasksListsTheOpenTasksOfTheCoordinatorsGroupNotOthers() {
        Person coordinator = people.coordinator();
        Task forCoordinators = standaloneTask("Review match proposal", Groups.COORDINATORS);
        Task forMentors = standaloneTask("Something for mentors", Groups.MENTORS);
        try {
            identity.setAuthentication(coordinator.getId(), List.of(Groups.COORDINATORS));
            Filter filter = filters.createTaskFilterQuery().filterName(CamundaAccessSetup.GROUP_TASKS_FILTER).singleResult();
            List<Task> listed = filters.list(filter.getId());

            assertThat(listed).extracting(Task::getId).contains(forCoordinators.getId()).doesNotContain(forMentors.getId());
        } finally {
            identity.clearAuthentication();
            tasks.deleteTask(forCoordinators.getId(), true);
            tasks.deleteTask(forMentors.getId(), true);
        }
    }

    private Task standaloneTask(String name, String group) {
        Task task = tasks.newTask();
        task.setName(name);
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), group);
        return task;
    }
}
