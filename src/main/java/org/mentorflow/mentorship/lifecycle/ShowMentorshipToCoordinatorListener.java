package org.mentorflow.mentorship.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.meeting.Meetings;
import org.springframework.stereotype.Component;

/** What a coordinator needs to follow up an inactive mentorship: who, how to reach them, where it stands. */
@Component("showMentorshipToCoordinator")
class ShowMentorshipToCoordinatorListener implements TaskListener {

    private final Mentorships mentorships;
    private final Meetings meetings;

    ShowMentorshipToCoordinatorListener(Mentorships mentorships, Meetings meetings) {
        this.mentorships = mentorships;
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        Mentorship mentorship = mentorships.get((Long) task.getVariable(MentorshipProcess.MENTORSHIP_ID));
        task.setVariableLocal("menteeContact", mentorship.getMentee().getFullName() + ", " + mentorship.getMentee().getEmail());
        task.setVariableLocal("mentorContact", mentorship.getMentor().getFullName() + ", " + mentorship.getMentor().getEmail());
        task.setVariableLocal("runningSince", String.valueOf(mentorship.getStartedOn()));
        task.setVariableLocal("plannedEnd", String.valueOf(mentorship.getPlannedEndOn()));
        task.setVariableLocal("meetingsHeld", meetings.heldCount(mentorship.getId()));
    }
}
