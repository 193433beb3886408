package org.mentorflow.profile;

import java.util.List;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Component;

/** What a person still has going on, for the confirmation pages: open requests and running mentorships. */
@Component
class OpenMentorships {

    /** One open mentorship as its participant sees it on the confirmation page. */
    record Open(Mentorship mentorship, boolean asMentee, String partner) {
    }

    private final Mentorships mentorships;

    OpenMentorships(Mentorships mentorships) {
        this.mentorships = mentorships;
    }

    List<Open> of(Person person) {
        return mentorships.of(person.getId()).stream()
                .filter(mentorship -> MentorshipState.OPEN.contains(mentorship.getState()))
                .map(mentorship -> new Open(mentorship, mentorship.getMentee().getId().equals(person.getId()),
                        mentorship.partnerOf(person).getDisplayName()))
                .toList();
    }
}
