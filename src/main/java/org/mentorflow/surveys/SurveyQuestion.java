package org.mentorflow.surveys;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One question of one survey of one programme, at its position. A question with answers is never deleted: it is
 * retired, so its answers keep their question for the analysts.
 */
@Entity
public class SurveyQuestion {

    /** The longest question text the table holds. */
    public static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long programmeId;
    @Enumerated(EnumType.STRING)
    private Survey survey;
    private int position;
    private String text;
    @Enumerated(EnumType.STRING)
    private QuestionKind kind;
    private Instant retiredAt;

    protected SurveyQuestion() {
    }

    SurveyQuestion(long programmeId, Survey survey, int position, String text, QuestionKind kind) {
        this.programmeId = programmeId;
        this.survey = survey;
        this.position = position;
        this.text = text;
        this.kind = kind;
    }

    void change(String text, QuestionKind kind) {
        this.text = text;
        this.kind = kind;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void retire(Instant now) {
        this.retiredAt = now;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public boolean isScale() {
        return kind == QuestionKind.SCALE;
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Survey getSurvey() {
        return survey;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
