package org.mentorflow.security;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.mentorflow.people.Groups;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the engine the groups, rights and Tasklist filters MentorFlow needs, on every start and only
 * where missing, so a fresh database and an old one end up alike.
 * Mentees and mentors get Tasklist and see the tasks assigned to them (the engine grants the assignee);
 * coordinators are Camunda administrators: Cockpit, Tasklist, Admin, every task.
 */
@Component
public class CamundaAccessSetup {

    static final String MY_TASKS_FILTER = "My tasks";
    static final String GROUP_TASKS_FILTER = "Coordinator tasks";
    static final String ALL_TASKS_FILTER = "All open tasks";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    CamundaAccessSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
            TaskService tasks) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    public void setUp() {
        group(Groups.MENTEES, "Mentees");
        group(Groups.MENTORS, "Mentors");
        group(Groups.COORDINATORS, "Coordinators");
        group(Groups.CAMUNDA_ADMIN, "Camunda administrators");
        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        for (String participants : new String[] {Groups.MENTEES, Groups.MENTORS}) {
            grant(participants, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // lets Tasklist show the process name beside a task; the models hold no personal data
            grant(participants, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
        }

        Filter myTasks = filter(MY_TASKS_FILTER, -10, "Tasks waiting for you",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        // a programme's coordinator tasks (match proposal, placements, closing) wait for its group, not for a person
        Filter groupTasks = filter(GROUP_TASKS_FILTER, -5, "Tasks waiting for your coordinator group",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
        Filter allTasks = filter(ALL_TASKS_FILTER, 0, "Every open task of every participant", tasks.createTaskQuery());
        for (String group : new String[] {Groups.MENTEES, Groups.MENTORS, Groups.COORDINATORS}) {
            grant(group, Resources.FILTER, myTasks.getId(), Permissions.READ);
        }
        grant(Groups.COORDINATORS, Resources.FILTER, groupTasks.getId(), Permissions.READ);
        grant(Groups.COORDINATORS, Resources.FILTER, allTasks.getId(), Permissions.READ);
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean exists = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
        if (!exists) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
            grant.addPermission(permission);
            authorizations.saveAuthorization(grant);
        }
    }

    private Filter filter(String name, int priority, String description, org.camunda.bpm.engine.task.TaskQuery query) {
        Filter existing = filters.createTaskFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            return existing;
        }
        Filter filter = filters.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
        return filters.saveFilter(filter);
    }
}
