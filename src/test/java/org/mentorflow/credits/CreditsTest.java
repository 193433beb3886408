package org.mentorflow.credits;

import org.junit.jupiter.api.BeforeEach;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.springframework.beans.factory.annotation.Autowired;

/** What every credits test starts from: a real mentorship between a fresh mentee and mentor, no credits yet. */
abstract class CreditsTest extends IntegrationTest {

    @Autowired
    CreditsLedger ledger;
    @Autowired
    MentorshipRequests requests;
    Mentorship mentorship;
    String mentee;
    String mentor;

    @BeforeEach
    void freshMentorship() {
        mentorship = requests.request(people.mentee().getId(), people.mentor(1).getId(), "Would you be my mentor?");
        mentee = mentorship.getMentee().getId();
        mentor = mentorship.getMentor().getId();
    }
}
