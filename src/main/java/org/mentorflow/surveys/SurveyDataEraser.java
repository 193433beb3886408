package org.mentorflow.surveys;

import org.mentorflow.people.PersonalDataEraser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an account, the surveys part: the person's written answers go (they may name people), their scale values
 * stay, and their invitations no longer name them; the response rates stay as they were.
 */
@Component
class SurveyDataEraser implements PersonalDataEraser {

    private final SurveyAnswerRepository answers;
    private final SurveyInvitationRepository invitations;

    SurveyDataEraser(SurveyAnswerRepository answers, SurveyInvitationRepository invitations) {
        this.answers = answers;
        this.invitations = invitations;
    }

    @Override
    @Transactional
    public void erase(String personId) {
        answers.deleteTextAnswersOf(personId);
        invitations.forgetPerson(personId);
    }
}
