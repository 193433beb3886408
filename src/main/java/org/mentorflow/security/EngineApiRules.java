package org.mentorflow.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which calls of Camunda's engine REST API (/engine-rest and the webapps' engine API, same resources) a participant
 * may make. Participants take their steps in Tasklist and the portal (Java services, no REST), so they need reading,
 * their own tasks' actions and completing with their form's fields; everything that writes variables, correlates,
 * starts, or administers jobs and deployments is for coordinators (Cockpit). Paths are below the API's root, with
 * or without the {@code engine/{name}/} prefix.
 */
final class EngineApiRules {

    enum Rule {
        /** The engine's own authorizations decide. */
        OPEN,
        /** Only a coordinator may send it. */
        COORDINATORS,
        /** A task completion: a participant's may carry only the keys of the task's form. */
        FORM_FIELDS
    }

    private static final Pattern ENGINE_PREFIX = Pattern.compile("^/?(engine/[^/]+/?)?");
    private static final Pattern COMPLETION = Pattern.compile("task/([^/]+)/(complete|submit-form|resolve)");

    /** Any method: administration a participant never needs, steering (messages, signals), and Cockpit's counts. */
    private static final List<Pattern> COORDINATORS_ALWAYS = patterns(
            "(job|job-definition|batch|external-task|incident|migration|modification|message|signal|condition)(/.*)?",
            "(.*/)?statistics(/.*)?",
            "history/cleanup(/.*)?",
            "history/.*/(delete|set-removal-time)(/.*)?");

    /** Anything but reading: starts, variables, suspension, deletion, modification, deployments, decisions. */
    private static final List<Pattern> COORDINATORS_TO_WRITE = patterns(
            "(deployment|process-definition|decision-definition|decision-requirements-definition|case-definition)(/.*)?",
            // the collections themselves (and their /count) take query bodies by POST: reading
            "(process-instance|execution|case-instance|case-execution)/(?!count$).+",
            "task/[^/]+/(variables|localVariables)(/.*)?",
            "history/.+");

    private EngineApiRules() {
    }

    static Rule of(String method, String path) {
        String call = ENGINE_PREFIX.matcher(path).replaceFirst("");
        boolean reading = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        if ("POST".equals(method) && COMPLETION.matcher(call).matches()) {
            return Rule.FORM_FIELDS;
        }
        if (matchesAny(COORDINATORS_ALWAYS, call)) {
            return Rule.COORDINATORS;
        }
        if (!reading && matchesAny(COORDINATORS_TO_WRITE, call) && !isHistoryQuery(method, call)) {
            return Rule.COORDINATORS;
        }
        return Rule.OPEN;
    }

    /** The task a completion is about. */
    static Optional<String> completedTask(String path) {
        Matcher completion = COMPLETION.matcher(ENGINE_PREFIX.matcher(path).replaceFirst(""));
        return completion.matches() ? Optional.of(completion.group(1)) : Optional.empty();
    }

    /** History lists also take their query by POST ({@code history/task}, {@code history/task/count}). */
    private static boolean isHistoryQuery(String method, String call) {
        return "POST".equals(method) && call.matches("history/[^/]+(/count)?");
    }

    private static boolean matchesAny(List<Pattern> patterns, String call) {
        return patterns.stream().anyMatch(pattern -> pattern.matcher(call).matches());
    }

    private static List<Pattern> patterns(String... regexes) {
        return Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
