package org.mentorflow.chat;

import java.time.Instant;
import java.util.List;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.people.Person;

/**
 * A mentorship's thread as one participant sees it, oldest message first.
 *
 * @param open whether new messages may be written; a finished mentorship's thread stays readable
 */
record ChatThread(long mentorshipId, Person me, Person partner, MentorshipState state, boolean open,
        List<Entry> messages) {

    /** One message, named by its author's first name only, as everywhere between participants. */
    record Entry(long id, String authorFirstName, boolean mine, Instant sentAt, String text) {
    }
}
