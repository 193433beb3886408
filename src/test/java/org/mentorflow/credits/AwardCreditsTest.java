package org.mentorflow.credits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.mentorflow.mentorship.MentorshipProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** The delegate as a model calls it ({@code ${awardCredits}}), with the variables the mentorship process holds. */
class AwardCreditsTest extends CreditsTest {

    @Autowired
    @Qualifier("awardCredits")
    JavaDelegate awardCredits;

    @Test
    void awardsBothSidesOncePerPassThroughTheStep() throws Exception {
        awardCredits.execute(step("MEETING_CONFIRMED", "mentee, mentor", "Task_AwardMeeting:1"));
        awardCredits.execute(step("MEETING_CONFIRMED", "mentee, mentor", "Task_AwardMeeting:1")); // a retry
        awardCredits.execute(step("MEETING_CONFIRMED", "mentee,mentor", "Task_AwardMeeting:2")); // the next meeting

        assertThat(ledger.summary(mentee).achievements())
                .containsExactly(new CreditSummary.Achievement("MEETING_CONFIRMED", 2, 10));
        assertThat(ledger.summary(mentor).total()).isEqualTo(10);
    }

    @Test
    void eachSideEarnsWhatItsRoleIsWorth() throws Exception {
        awardCredits.execute(step("MENTORSHIP_COMPLETED", "mentor", "Task_AwardCompletion:1"));

        assertThat(ledger.summary(mentor).total()).isEqualTo(30);
        assertThat(ledger.summary(mentee).total()).isZero();
    }

    @Test
    void unknownSideIsAModelError() {
        assertThatThrownBy(() -> awardCredits.execute(step("MEETING_CONFIRMED", "coordinator", "Task_AwardMeeting:1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown side 'coordinator'");
    }

    private DelegateExecution step(String event, String to, String activityInstanceId) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariableLocal(AwardCredits.EVENT.name())).thenReturn(event);
        when(execution.getVariableLocal(AwardCredits.TO.name())).thenReturn(to);
        when(execution.getVariable(MentorshipProcess.MENTORSHIP_ID.name())).thenReturn(mentorship.getId());
        when(execution.getVariable(MentorshipProcess.MENTEE_ID.name())).thenReturn(mentee);
        when(execution.getVariable(MentorshipProcess.MENTOR_ID.name())).thenReturn(mentor);
        when(execution.getActivityInstanceId()).thenReturn(activityInstanceId);
        when(execution.getCurrentActivityId()).thenReturn(activityInstanceId.substring(0, activityInstanceId.indexOf(':')));
        return execution;
    }
}
