package org.mentorflow.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of call of Camunda's engine REST API (/engine-rest and the webapps' engine API, same resources) a request
 * is, for {@link EngineApiGuard} to decide who may make it. Participants take their steps in Tasklist and the portal
 * (Java services, no REST), so they need reading, their own tasks' actions and completing with their form's fields;
 * everything that writes variables, correlates, starts, or administers jobs and deployments is for coordinators
 * (Cockpit); analysts read what coordinators read, but no variable values. Paths are below the API's root, with or
 * without the {@code engine/{name}/} prefix.
 */
final class EngineApiRules {

    enum Rule {
        /** The engine's own authorizations decide. */
        OPEN,
        /** Reading what only staff reads: Cockpit's counts, jobs, incidents (coordinators and analysts). */
        STAFF_READ,
        /** Only a coordinator may send it. */
        COORDINATORS,
        /** Reading variable values, where what people wrote lives: not for analysts. */
        VARIABLE_VALUES,
        /** A task completion: a participant's may carry only the keys of the task's form. */
        COMPLETION,
        /** Who takes a task: claiming, assigning, delegating, its candidates. */
        ASSIGNMENT
    }

    private static final Pattern ENGINE_PREFIX = Pattern.compile("^/?(engine/[^/]+/?)?");
    private static final Pattern COMPLETION = Pattern.compile("task/([^/]+)/(complete|submit-form|resolve)");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "task/([^/]+)/(claim|unclaim|assignee|delegate|identity-links(/delete)?)");
    private static final Pattern TASK = Pattern.compile("task/([^/]+)(/.*)?");

    /** Any method: administration a participant never needs, steering (messages, signals), and Cockpit's counts. */
    private static final List<Pattern> STAFF_ALWAYS = patterns(
            "(job|job-definition|batch|external-task|incident|migration|modification|message|signal|condition)(/.*)?",
            "(.*/)?statistics(/.*)?",
            "history/cleanup(/.*)?",
            "history/.*/(delete|set-removal-time)(/.*)?");

    /** The staff collections that take their query by POST: reading. */
    private static final Pattern STAFF_QUERY = Pattern.compile("(job|job-definition|external-task)(/count)?");

    /** Anything but reading: starts, variables, suspension, deletion, modification, deployments, decisions. */
    private static final List<Pattern> COORDINATORS_TO_WRITE = patterns(
            "(deployment|process-definition|decision-definition|decision-requirements-definition|case-definition)(/.*)?",
            // the collections themselves (and their /count) take query bodies by POST: reading
            "(process-instance|execution|case-instance|case-execution)/(?!count$).+",
            "task/[^/]+/(variables|localVariables)(/.*)?",
            "history/.+");

    /** Where the engine hands out variable values (and a form rendered with them). */
    private static final List<Pattern> VARIABLE_VALUES = patterns(
            "(.*/)?(variables|localVariables|form-variables|rendered-form)(/.*)?",
            "(history/)?variable-instance(/.*)?",
            "history/detail(/.*)?");

    private EngineApiRules() {
    }

    static Rule of(String method, String path) {
        String call = ENGINE_PREFIX.matcher(path).replaceFirst("");
        boolean reading = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        if ("POST".equals(method) && COMPLETION.matcher(call).matches()) {
            return Rule.COMPLETION;
        }
        if ("POST".equals(method) && ASSIGNMENT.matcher(call).matches()
                || "PUT".equals(method) && call.matches("task/[^/]+")) {
            return Rule.ASSIGNMENT;
        }
        if (matchesAny(STAFF_ALWAYS, call)) {
            return reading || "POST".equals(method) && STAFF_QUERY.matcher(call).matches() ? Rule.STAFF_READ
                    : Rule.COORDINATORS;
        }
        boolean query = reading || isHistoryQuery(method, call) || isVariableQuery(method, call);
        if (!query && matchesAny(COORDINATORS_TO_WRITE, call)) {
            return Rule.COORDINATORS;
        }
        if (query && matchesAny(VARIABLE_VALUES, call)) {
            return Rule.VARIABLE_VALUES;
        }
        return Rule.OPEN;
    }

    /** The task a completion or an assignment is about. */
    static Optional<String> taskOf(String path) {
        Matcher task = TASK.matcher(ENGINE_PREFIX.matcher(path).replaceFirst(""));
        return task.matches() ? Optional.of(task.group(1)) : Optional.empty();
    }

    /** History lists also take their query by POST ({@code history/task}, {@code history/task/count}). */
    private static boolean isHistoryQuery(String method, String call) {
        return "POST".equals(method) && call.matches("history/[^/]+(/count)?");
    }

    /** The variable-instance list takes its query by POST too. */
    private static boolean isVariableQuery(String method, String call) {
        return "POST".equals(method) && call.matches("variable-instance(/count)?");
    }

    private static boolean matchesAny(List<Pattern> patterns, String call) {
        return patterns.stream().anyMatch(pattern -> pattern.matcher(call).matches());
    }

    private static List<Pattern> patterns(String... regexes) {
        return Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
