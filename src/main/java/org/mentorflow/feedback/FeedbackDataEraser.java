package org.mentorflow.feedback;

import org.mentorflow.people.PersonalDataEraser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deleting an account, the feedback part: the person's written answers go, their ratings stay (anonymous now). */
@Component
class FeedbackDataEraser implements PersonalDataEraser {

    private final FeedbackRequestRepository requests;

    FeedbackDataEraser(FeedbackRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    @Transactional
    public void erase(String personId) {
        requests.forgetWrittenAnswers(personId);
    }
}
