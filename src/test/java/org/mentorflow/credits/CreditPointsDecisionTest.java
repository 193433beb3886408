package org.mentorflow.credits;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorflow.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/credit-points.dmn as the engine deployed it: every event and role, and what earns nothing. */
class CreditPointsDecisionTest extends IntegrationTest {

    @Autowired
    DecisionService decisions;
    @Autowired
    RepositoryService repository;

    @ParameterizedTest(name = "{0} as {1}: {2} points")
    @CsvSource(nullValues = "none", value = {
            "AGREEMENT_APPROVED,   MENTEE, 10",
            "AGREEMENT_APPROVED,   MENTOR, 10",
            "MEETING_CONFIRMED,    MENTEE, 5",
            "MEETING_CONFIRMED,    MENTOR, 5",
            "MENTORSHIP_COMPLETED, MENTEE, 25",
            "MENTORSHIP_COMPLETED, MENTOR, 30",
            "WIKI_ARTICLE_CREATED, none,   3",
            "WIKI_ARTICLE_CREATED, MENTOR, 3",
            "WIKI_ARTICLE_EDITED,  none,   1",
            "WIKI_ARTICLE_RATED,   MENTEE, 1",
            "GROUP_MANAGED,        none,   5"})
    void pointsPerEventAndRole(String event, String role, int points) {
        DmnDecisionTableResult result = evaluate(event, role);

        assertThat(result).hasSize(1);
        assertThat((Object) result.getSingleEntry()).isEqualTo(points);
    }

    @ParameterizedTest(name = "{0} as {1}: no rule")
    @CsvSource(nullValues = "none", value = {
            "MENTORSHIP_COMPLETED, none",
            "MEETING_PROPOSED,     MENTEE",
            "none,                 MENTOR"})
    void whatTheTableDoesNotKnowEarnsNothing(String event, String role) {
        assertThat(evaluate(event, role)).isEmpty();
    }

    @Test
    void decisionKeepsItsHistoryForTwoYears() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(CreditsLedger.DECISION).latestVersion().singleResult();

        assertThat(definition.getName()).isEqualTo("Credit points");
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(730);
    }

    private DmnDecisionTableResult evaluate(String event, String role) {
        return decisions.evaluateDecisionTableByKey(CreditsLedger.DECISION)
                .variables(Variables.createVariables().putValue("event", event).putValue("role", role))
                .evaluate();
    }
}
