package org.mentorflow.mentorship.meeting;

import static org.mentorflow.mentorship.meeting.MeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.people.Person;
import org.mentorflow.system.ProgrammeSettings;
import org.mentorflow.tasklist.TaskLanguage;
import org.mentorflow.tasklist.FormText;
import org.springframework.stereotype.Component;

/** Shows the meeting on its tasks, in the reader's language: task-local variables that leave with the task. */
@Component("showMeeting")
class ShowMeetingListener implements TaskListener {

    private final Meetings meetings;
    private final ProgrammeSettings programme;
    private final TaskLanguage language;

    ShowMeetingListener(Meetings meetings, ProgrammeSettings programme, TaskLanguage language) {
        this.meetings = meetings;
        this.programme = programme;
        this.language = language;
    }

    @Override
    public void notify(DelegateTask task) {
        Meeting meeting = meetings.get(MEETING_ID.get(task));
        Mentorship mentorship = meeting.getMentorship();
        Person reader = mentorship.getMentee().getId().equals(task.getAssignee()) ? mentorship.getMentee() : mentorship.getMentor();
        MEETING_WITH.setLocal(task, FormText.plain(mentorship.partnerOf(reader).getDisplayName()));
        MEETING_WHEN.setLocal(task, MeetingTimes.describe(meeting, language.prepareTextsFor(task), programme.timeZone()));
        MEETING_WHERE.setLocal(task, FormText.plain(meeting.getPlace()));
        MEETING_ABOUT.setLocal(task, FormText.plain(meeting.getTopic()));
    }
}
