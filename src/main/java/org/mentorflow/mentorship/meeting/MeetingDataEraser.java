package org.mentorflow.mentorship.meeting;

import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.PersonalDataEraser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an account, the meetings' part: the person's notes go, and place and topic of meetings they proposed;
 * times, durations and outcomes stay for the partner.
 */
@Component
class MeetingDataEraser implements PersonalDataEraser {

    private final Mentorships mentorships;
    private final MeetingRepository meetings;

    MeetingDataEraser(Mentorships mentorships, MeetingRepository meetings) {
        this.mentorships = mentorships;
        this.meetings = meetings;
    }

    @Override
    @Transactional
    public void erase(String personId) {
        for (Mentorship mentorship : mentorships.of(personId)) {
            meetings.findByMentorshipIdOrderByStartsAt(mentorship.getId()).forEach(meeting -> meeting.erasePersonalTexts(personId));
        }
    }
}
