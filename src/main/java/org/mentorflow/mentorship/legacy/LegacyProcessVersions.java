package org.mentorflow.mentorship.legacy;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.agreement.AmendmentProcess;
import org.mentorflow.mentorship.agreement.LegacyAgreementChanges;
import org.mentorflow.mentorship.meeting.Meeting;
import org.mentorflow.mentorship.meeting.MeetingProcess;
import org.mentorflow.mentorship.meeting.Meetings;
import org.springframework.stereotype.Component;

/**
 * Keeps mentorships started on a model version before the process tree (MentorFlow 0.1, "v1": meetings and
 * agreement changes as top-level instances tied by the business key) running until they end. New versions
 * never come here: their meetings and changes are called processes that end with the mentorship. Delete this
 * class, {@link StartMeetingDelegate}, {@link CancelOpenMeetingsDelegate} and {@link LegacyAgreementChanges} (with its
 * branch in Agreements and the delegate half of CompleteMentorshipListener) once Cockpit lists no running v1
 * instances (docs/model-guide.md, "Upgrading running instances").
 */
@Component
public class LegacyProcessVersions implements LegacyAgreementChanges {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;

    LegacyProcessVersions(RuntimeService runtimeService, RepositoryService repositoryService) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    @Override
    public boolean runsWithoutProcessTree(Mentorship mentorship) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(MentorshipProcess.KEY)
                .processInstanceBusinessKey(mentorship.getId().toString()).singleResult();
        return instance != null && repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId())
                .getModelElementById(MentorshipProcess.SUBPROCESS_AGREEMENT_CHANGE) == null;
    }

    /** v1: a meeting ran as a top-level instance. */
    void startMeeting(Mentorship mentorship, Meeting meeting) {
        start(MeetingProcess.KEY, mentorship, Meetings.meetingVariables(meeting));
    }

    /** v1: an agreement change ran as a top-level instance. */
    @Override
    public void startAmendment(Mentorship mentorship, VariableMap amendment) {
        start(AmendmentProcess.KEY, mentorship, amendment);
    }

    /** v1: its top-level meetings and changes did not end with it, so its last steps end them. */
    public void endStartedBeside(long mentorshipId, String reason) {
        for (String key : new String[] {MeetingProcess.KEY, AmendmentProcess.KEY}) {
            runtimeService.createProcessInstanceQuery().processDefinitionKey(key).rootProcessInstances()
                    .processInstanceBusinessKey(Long.toString(mentorshipId)).list()
                    .forEach(process -> runtimeService.deleteProcessInstance(process.getId(), reason));
        }
    }

    private void start(String key, Mentorship mentorship, VariableMap variables) {
        VariableMap all = Variables.createVariables();
        MentorshipProcess.MENTORSHIP_ID.put(all, mentorship.getId());
        MentorshipProcess.MENTEE_ID.put(all, mentorship.getMentee().getId());
        MentorshipProcess.MENTOR_ID.put(all, mentorship.getMentor().getId());
        all.putAll(variables);
        runtimeService.createProcessInstanceByKey(key).businessKey(mentorship.getId().toString()).setVariables(all).execute();
    }
}
