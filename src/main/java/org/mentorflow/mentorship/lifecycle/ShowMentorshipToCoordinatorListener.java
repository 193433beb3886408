package org.mentorflow.mentorship.lifecycle;

import static org.mentorflow.mentorship.MentorshipProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.meeting.Meetings;
import org.mentorflow.tasklist.FormText;
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
        Mentorship mentorship = mentorships.get(MENTORSHIP_ID.get(task));
        MENTEE_CONTACT.setLocal(task, FormText.plain(mentorship.getMentee().getFullName() + ", " + mentorship.getMentee().getEmail()));
        MENTOR_CONTACT.setLocal(task, FormText.plain(mentorship.getMentor().getFullName() + ", " + mentorship.getMentor().getEmail()));
        RUNNING_SINCE.setLocal(task, String.valueOf(mentorship.getStartedOn()));
        PLANNED_END.setLocal(task, String.valueOf(mentorship.getPlannedEndOn()));
        MEETINGS_HELD.setLocal(task, meetings.heldCount(mentorship.getId()));
    }
}
