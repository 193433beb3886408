package org.mentorflow.oversight;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.mentorflow.mentorship.MentorshipState;

/** Which mentorships the coordinators' list shows: ended ones first, because Community Cockpit shows none of them. */
enum Shown {
    ENDED(EnumSet.complementOf(EnumSet.copyOf(MentorshipState.OPEN))),
    RUNNING(MentorshipState.OPEN),
    ALL(EnumSet.allOf(MentorshipState.class));

    final Set<MentorshipState> states;

    Shown(Set<MentorshipState> states) {
        this.states = states;
    }

    /** An unknown value from the address shows the default rather than an error: it only filters. */
    static Shown from(String value) {
        for (Shown shown : values()) {
            if (shown.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return shown;
            }
        }
        return ENDED;
    }

    String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
