package org.mentorflow.security;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
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
 * coordinators get Cockpit and Tasklist with every process, task and history, but may not deploy: a model's
 * expressions run on the server, so deploying is for administrators (camunda-admin), who may everything.
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
        group(Groups.ANALYSTS, "Analysts");
        group(Groups.CAMUNDA_ADMIN, "Camunda administrators");
        // no grants: /actuator only (ActuatorSecurity)
        group(Groups.MONITORING, "Monitoring (metrics scrapers)");
        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        coordinating(Groups.COORDINATORS);
        reading(Groups.ANALYSTS);
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

    /**
     * What Cockpit and Tasklist call for a coordinator's everyday work: everything an analyst reads, and watching,
     * retrying, suspending, moving tasks; no more: no DEPLOYMENT create, no definitions changed or deleted, no Admin.
     */
    private void coordinating(String group) {
        reading(group);
        grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.UPDATE_INSTANCE,
                ProcessDefinitionPermissions.SUSPEND, ProcessDefinitionPermissions.SUSPEND_INSTANCE,
                ProcessDefinitionPermissions.RETRY_JOB);
        grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.ALL);
        grant(group, Resources.TASK, Authorization.ANY, Permissions.ALL);
        // Cockpit's bulk retries, suspensions and cancellations run as batches
        grant(group, Resources.BATCH, Authorization.ANY, BatchPermissions.DELETE,
                BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES, BatchPermissions.CREATE_BATCH_SET_EXTERNAL_TASK_RETRIES,
                BatchPermissions.CREATE_BATCH_UPDATE_PROCESS_INSTANCES_SUSPEND,
                BatchPermissions.CREATE_BATCH_DELETE_RUNNING_PROCESS_INSTANCES);
        // Tasklist and Cockpit show who is assigned and which group a task waits for
        grant(group, Resources.USER, Authorization.ANY, Permissions.READ);
        grant(group, Resources.GROUP, Authorization.ANY, Permissions.READ);
    }

    /**
     * Cockpit to read, an analyst's whole right: definitions, instances, their activities, tasks and history,
     * incidents and batches. Nothing to change, no Tasklist, no users' names and e-mail addresses (USER), and no
     * variable values: {@link EngineApiGuard} withholds those, the engine would show them with READ_HISTORY.
     */
    private void reading(String group) {
        grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
        grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
        grant(group, Resources.TASK, Authorization.ANY, Permissions.READ);
        // take effect where historic instance permissions are on; READ_HISTORY above covers them otherwise
        grant(group, Resources.HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
        grant(group, Resources.HISTORIC_PROCESS_INSTANCE, Authorization.ANY, HistoricProcessInstancePermissions.READ);
        grant(group, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
        grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
        // Cockpit's deployments view reads them; creating one is an administrator's
        grant(group, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
        grant(group, Resources.BATCH, Authorization.ANY, BatchPermissions.READ, BatchPermissions.READ_HISTORY);
        grant(group, Resources.OPERATION_LOG_CATEGORY, Authorization.ANY, UserOperationLogCategoryPermissions.READ);
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    /** Adds what is missing, to the group's grant on this resource if there is one, so old databases catch up. */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list().stream()
                .filter(existing -> existing.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
                .findFirst().orElse(null);
        boolean missing = grant == null;
        if (grant == null) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            if (!grant.isPermissionGranted(permission)) {
                grant.addPermission(permission);
                missing = true;
            }
        }
        if (missing) {
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
