package org.mentorflow.people;

import java.util.EnumSet;
import java.util.Set;

/** Whether a person's account is in use, hidden for now (restored by logging in again) or deleted for good. */
public enum AccountStatus {
    ACTIVE,
    /** Hidden from the search and the counters, no new requests to or from them; every datum kept. */
    DEACTIVATED,
    /** Personal data removed or anonymised; the row stays only because mentorships and credits point to it. */
    DELETED;

    /**
     * Accounts others may find in the mentor search and exchange requests with. The search (in SQL) and the
     * request rules (in Java) both read this one set, like {@code MentorshipState.OCCUPYING}.
     */
    public static final Set<AccountStatus> VISIBLE = EnumSet.of(ACTIVE);
}
