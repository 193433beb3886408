package org.mentorflow.credits;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.mentorflow.credits.CreditSummary.Achievement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every credit point a participant earned, one entry per award. How many points an event is worth is
 * the decision table {@code processes/credit-points.dmn}, so a coordinator reads and changes it there.
 */
@Service
public class CreditsLedger {

    static final String DECISION = "creditPoints";

    private final CreditEntryRepository entries;
    private final DecisionService decisions;
    private final Clock clock;

    CreditsLedger(CreditEntryRepository entries, DecisionService decisions, Clock clock) {
        this.entries = entries;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * Awards the points the decision gives for the event and role.
     *
     * @param key          unique to this award; awarding the same key again adds nothing
     * @param role         "MENTEE", "MENTOR", or null for community work
     * @param mentorshipId the mentorship the points were earned in, or null
     * @return false if this key was awarded before
     * @throws IllegalArgumentException if the decision knows no points for the event and role
     */
    @Transactional
    public boolean award(String key, String personId, String event, String role, Long mentorshipId) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(personId, "personId");
        if (entries.existsByEntryKey(key)) {
            return false;
        }
        entries.save(new CreditEntry(key, personId, event, role, points(event, role), mentorshipId, clock.instant()));
        return true;
    }

    int points(String event, String role) {
        DmnDecisionRuleResult rule = decisions.evaluateDecisionTableByKey(DECISION)
                .variables(Variables.createVariables().putValue("event", event).putValue("role", role))
                .evaluate()
                .getSingleResult();
        if (rule == null) {
            throw new IllegalArgumentException("The decision " + DECISION + " gives no points for " + event + " as " + role);
        }
        return ((Number) rule.getEntry("points")).intValue();
    }

    @Transactional(readOnly = true)
    public CreditSummary summary(String personId) {
        Map<String, List<CreditEntry>> byEvent = entries.findByPersonIdOrderById(personId).stream()
                .collect(Collectors.groupingBy(CreditEntry::getEvent, LinkedHashMap::new, Collectors.toList()));
        List<Achievement> achievements = byEvent.entrySet().stream()
                .map(event -> new Achievement(event.getKey(), event.getValue().size(),
                        event.getValue().stream().mapToInt(CreditEntry::getPoints).sum()))
                .toList();
        return new CreditSummary(achievements.stream().mapToInt(Achievement::points).sum(), achievements);
    }
}
