package org.mentorflow.cohort;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a cohort: its mentorships still running, what the coordinator may decide for each, and the decisions
 * applied through each mentorship's own messages. Completing needs a running mentorship (an approved agreement);
 * one still agreeing can be let run on or cancelled; a request still unanswered is closed like one at the window's
 * close, or left to its mentor. Letting one run on ({@code extend}) changes nothing: it goes on past the programme's
 * end under its own agreement.
 */
@Service
class ProgrammeClosing {

    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeClosing.class);
    static final EnumSet<MentorshipState> RUNNING = EnumSet.of(MentorshipState.REQUESTED, MentorshipState.ACCEPTED, MentorshipState.ACTIVE);

    private final CohortData data;
    private final MentorshipMessages messages;

    ProgrammeClosing(CohortData data, MentorshipMessages messages) {
        this.data = data;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<Mentorship> running(long programmeId) {
        return data.mentorships(programmeId, RUNNING);
    }

    /** The decisions a mentorship in this state allows; the first is the default (nothing changes). */
    static List<String> choices(MentorshipState state) {
        return switch (state) {
            case REQUESTED -> List.of(CohortProgrammeProcess.DECISION_EXTEND, CohortProgrammeProcess.DECISION_CLOSE);
            case ACCEPTED -> List.of(CohortProgrammeProcess.DECISION_EXTEND, CohortProgrammeProcess.DECISION_CANCEL);
            case ACTIVE -> List.of(CohortProgrammeProcess.DECISION_EXTEND, CohortProgrammeProcess.DECISION_COMPLETE,
                    CohortProgrammeProcess.DECISION_CANCEL);
            default -> List.of();
        };
    }

    /**
     * Applies the decisions (mentorship id to decision) to the programme's mentorships still running: one that ended
     * meanwhile, or a decision its state no longer allows, is left as it is.
     */
    @Transactional
    public void apply(long programmeId, Map<String, String> decisions, String coordinatorId, String reason) {
        for (Mentorship mentorship : running(programmeId)) {
            String decision = decisions.get(mentorship.getId().toString());
            if (decision == null || decision.equals(CohortProgrammeProcess.DECISION_EXTEND)) {
                continue;
            }
            if (!choices(mentorship.getState()).stream().anyMatch(decision::equals)) {
                LOG.warn("Mentorship {} is {}: '{}' left out", mentorship.getId(), mentorship.getState(), decision);
                continue;
            }
            switch (decision) {
                case CohortProgrammeProcess.DECISION_COMPLETE ->
                        messages.send(mentorship, MentorshipProcess.MESSAGE_COMPLETED_BY_COORDINATOR, Map.of());
                case CohortProgrammeProcess.DECISION_CLOSE ->
                        messages.send(mentorship, MentorshipProcess.MESSAGE_REQUEST_WINDOW_CLOSED, Map.of());
                case CohortProgrammeProcess.DECISION_CANCEL -> {
                    VariableMap cancellation = Variables.createVariables();
                    MentorshipProcess.CANCELLED_BY.put(cancellation, coordinatorId);
                    MentorshipProcess.CANCEL_REASON.put(cancellation, reason);
                    messages.send(mentorship, MentorshipProcess.MESSAGE_MENTORSHIP_CANCELLED, cancellation);
                }
                default -> throw new IllegalArgumentException("Unknown decision '" + decision + "'");
            }
        }
    }

    static String toJson(Map<String, String> choices) {
        return StringMapJson.write(choices);
    }

    static Map<String, String> fromJson(String json) {
        return StringMapJson.read(json, "the closing decisions");
    }
}
