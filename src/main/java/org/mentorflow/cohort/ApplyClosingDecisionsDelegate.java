package org.mentorflow.cohort;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Applies the coordinator's decisions on the mentorships still running at the programme's end ({@link ProgrammeClosing}). */
@Component("applyClosingDecisions")
class ApplyClosingDecisionsDelegate implements JavaDelegate {

    private final ProgrammeClosing closing;
    private final MessageSource messages;

    ApplyClosingDecisionsDelegate(ProgrammeClosing closing, MessageSource messages) {
        this.closing = closing;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = CohortProgrammeProcess.CLOSING_REASON.get(execution);
        if (reason == null || reason.isBlank()) {
            reason = messages.getMessage("cohort.closing.default-reason", null, Locale.ENGLISH);
        }
        closing.apply(CohortProgrammeProcess.PROGRAMME_ID.get(execution),
                ProgrammeClosing.fromJson(CohortProgrammeProcess.CLOSING_DECISIONS.get(execution)),
                CohortProgrammeProcess.CLOSING_COORDINATOR.get(execution), reason);
    }
}
