package org.mentorflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
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

/** processes/mentor-eligibility.dmn as the engine deployed it: each rule, and which reason wins when several apply. */
class MentorEligibilityDecisionTest extends IntegrationTest {

    @Autowired
    DecisionService decisions;
    @Autowired
    RepositoryService repository;

    @ParameterizedTest(name = "alumnus {0}, non-alumni welcome {1}, {2} years, doctoral students {3}, doctorate {4}: {5} ({6})")
    @CsvSource({
            // Rule_AlumniOnly: graduates of other universities, where the programme takes alumni only
            "false, false, 10, false, false, false, registration.eligibility.alumni-only",
            "false, false, 1,  true,  false, false, registration.eligibility.alumni-only",
            // Rule_TooLittleExperience: fewer than four years of working life
            "true,  false, 3,  false, false, false, registration.eligibility.experience",
            "false, true,  0,  false, true,  false, registration.eligibility.experience",
            // Rule_DoctorateNeeded: doctoral students need a mentor with a doctorate
            "true,  true,  4,  true,  false, false, registration.eligibility.doctorate",
            // Rule_Eligible
            "true,  true,  4,  false, false, true,  registration.eligibility.eligible",
            "true,  false, 25, true,  true,  true,  registration.eligibility.eligible",
            "false, true,  7,  true,  true,  true,  registration.eligibility.eligible",
            "false, true,  4,  false, false, true,  registration.eligibility.eligible"})
    void eachRuleDecides(boolean alumnus, boolean nonAlumniWelcome, int years, boolean doctoralStudents,
            boolean doctorate, boolean eligible, String reason) {
        DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey(RegistrationProcess.ELIGIBILITY_DECISION)
                .variables(Variables.createVariables()
                        .putValue(RegistrationProcess.ALUMNUS.name(), alumnus)
                        .putValue(RegistrationProcess.NON_ALUMNI_WELCOME.name(), nonAlumniWelcome)
                        .putValue(RegistrationProcess.YEARS_AFTER_GRADUATION.name(), years)
                        .putValue(RegistrationProcess.MENTORS_DOCTORAL.name(), doctoralStudents)
                        .putValue(RegistrationProcess.HOLDS_DOCTORATE.name(), doctorate))
                .evaluate();

        assertThat(result).hasSize(1);
        DmnDecisionRuleResult entries = result.getSingleResult();
        assertThat((Boolean) entries.getEntry("eligible")).isEqualTo(eligible);
        assertThat((String) entries.getEntry("reason")).isEqualTo(reason);
    }

    @Test
    void decisionKeepsItsHistoryForTwoYears() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(RegistrationProcess.ELIGIBILITY_DECISION).latestVersion().singleResult();

        assertThat(definition.getName()).isEqualTo("Mentor eligibility");
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(730);
    }
}
