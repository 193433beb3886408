package org.mentorflow.mentorship;

import org.junit.jupiter.api.BeforeEach;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/** What every request-stage test starts from: a fresh mentee with a complete application and a mentor of one. */
public abstract class RequestStageTest extends IntegrationTest {

    @Autowired
    protected MentorshipRequests requests;

    @Autowired
    protected Mentorships mentorships;

    protected Person mentee;
    protected Person mentor;

    @BeforeEach
    protected void freshPeople() {
        mentee = people.mentee();
        mentor = people.mentor(1);
    }
}
