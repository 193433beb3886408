package org.mentorflow.mentorship;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;

/** Tests that start from a running mentorship: the agreement approved on {@link #START}, the mailbox empty. */
public abstract class RunningMentorshipTest extends RequestStageTest {

    protected static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    protected ProcessInstance mentorship;

    @BeforeEach
    protected void runningMentorship() {
        ClockUtil.setCurrentTime(Date.from(START));
        mentorship = MentorshipJourney.running(requests, mentee, mentor);
        clearMailbox();
    }

    protected long id() {
        return Long.parseLong(mentorship.getBusinessKey());
    }
}
