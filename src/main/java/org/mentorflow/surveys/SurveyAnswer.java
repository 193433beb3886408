package org.mentorflow.surveys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.util.Objects;

/** One answer to one question: a value from 1 to 5 or a text. Analysts read them through survey_response_view. */
@Entity
@IdClass(SurveyAnswer.Key.class)
public class SurveyAnswer {

    /** The longest text answer the table holds. */
    public static final int MAX_TEXT = 4000;

    @Id
    private Long invitationId;
    @Id
    private Long questionId;
    private Integer scaleValue;
    private String textValue;

    protected SurveyAnswer() {
    }

    SurveyAnswer(long invitationId, long questionId, Integer scaleValue, String textValue) {
        this.invitationId = invitationId;
        this.questionId = questionId;
        this.scaleValue = scaleValue;
        this.textValue = textValue;
    }

    public Long getInvitationId() {
        return invitationId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public Integer getScaleValue() {
        return scaleValue;
    }

    public String getTextValue() {
        return textValue;
    }

    public static class Key implements Serializable {
        private Long invitationId;
        private Long questionId;

        protected Key() {
        }

        public Key(Long invitationId, Long questionId) {
            this.invitationId = invitationId;
            this.questionId = questionId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(invitationId, key.invitationId)
                    && Objects.equals(questionId, key.questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(invitationId, questionId);
        }
    }
}
