package org.mentorflow.cohort;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.stereotype.Component;

/** The cohort is over: the programme is closed (its page says so, it takes no sign-ups or requests any more). */
@Component("closeProgramme")
class CloseProgrammeDelegate implements JavaDelegate {

    private final Programmes programmes;
    private final Clock clock;

    CloseProgrammeDelegate(Programmes programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Programme programme = programmes.get(CohortProgrammeProcess.PROGRAMME_ID.get(execution));
        programme.close(clock.instant());
        programmes.save(programme);
    }
}
