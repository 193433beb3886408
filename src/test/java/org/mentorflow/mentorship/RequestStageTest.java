package org.mentorflow.mentorship;

import org.junit.jupiter.api.BeforeEach;
import org.mentorflow.IntegrationTest;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/** What every request-stage test starts from: a fresh mentee with a complete application and a mentor of one. */
abstract class RequestStageTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;

    @Autowired
    Mentorships mentorships;

    Person mentee;
    Person mentor;

    @BeforeEach
    void freshPeople() {
        mentee = people.mentee();
        mentor = people.mentor(1);
    }
}
