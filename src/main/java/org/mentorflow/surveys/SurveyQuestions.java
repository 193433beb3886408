package org.mentorflow.surveys;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions of a programme's surveys, which its coordinators edit. A programme that has none for a survey gets
 * the standard ones, copied into its rows in the programme's first language the first time they are needed (the
 * coordinator's page, the invitations or an answer page), so later changes to the standard texts leave it alone.
 * <p>
 * Removing a question that has answers retires it instead: answer pages no longer show it, its answers stay with
 * their question text for the analysts. For the same reason an answered question keeps its kind (a text question
 * that turned into a scale would leave its text answers meaningless); its text may still be corrected. A survey
 * keeps at least one question.
 */
@Service
class SurveyQuestions {

    /** The standard questions, by their message keys survey.standard.SURVEY.N in surveys*.properties. */
    static final List<QuestionKind> STANDARD_HALFWAY = List.of(QuestionKind.SCALE, QuestionKind.TEXT, QuestionKind.TEXT,
            QuestionKind.TEXT);
    static final List<QuestionKind> STANDARD_FINAL = List.of(QuestionKind.SCALE, QuestionKind.SCALE, QuestionKind.SCALE,
            QuestionKind.TEXT, QuestionKind.TEXT);

    private final SurveyQuestionRepository questions;
    private final SurveyAnswerRepository answers;
    private final Programmes programmes;
    private final MessageSource messages;
    private final Clock clock;

    SurveyQuestions(SurveyQuestionRepository questions, SurveyAnswerRepository answers, Programmes programmes,
            MessageSource messages, Clock clock) {
        this.questions = questions;
        this.answers = answers;
        this.programmes = programmes;
        this.messages = messages;
        this.clock = clock;
    }

    /** The questions people answer now, in their order (retired ones left out). */
    @Transactional
    public List<SurveyQuestion> current(long programmeId, Survey survey) {
        return all(programmeId, survey).stream().filter(q -> !q.isRetired()).toList();
    }

    /** Every question of the survey, retired ones included, in their order. */
    @Transactional
    public List<SurveyQuestion> all(long programmeId, Survey survey) {
        if (!questions.existsByProgrammeIdAndSurvey(programmeId, survey)) {
            questions.lockProgramme(programmeId);
            if (!questions.existsByProgrammeIdAndSurvey(programmeId, survey)) {
                copyStandardQuestions(programmes.get(programmeId), survey);
            }
        }
        return questions.findByProgrammeIdAndSurveyOrderByPositionAscIdAsc(programmeId, survey);
    }

    @Transactional
    public SurveyQuestion add(long programmeId, Survey survey, String text, QuestionKind kind) {
        String checked = checkedText(text);
        List<SurveyQuestion> existing = all(programmeId, survey);
        int position = existing.stream().mapToInt(SurveyQuestion::getPosition).max().orElse(0) + 1;
        return questions.save(new SurveyQuestion(programmeId, survey, position, checked, kindOrRefuse(kind)));
    }

    @Transactional
    public void change(long programmeId, long questionId, String text, QuestionKind kind) {
        SurveyQuestion question = question(programmeId, questionId);
        if (question.isRetired()) {
            throw new SurveyRefusedException(SurveyRefusedException.Reason.QUESTION_CHANGE, "survey.question.refused.retired");
        }
        QuestionKind newKind = kindOrRefuse(kind);
        if (newKind != question.getKind() && answers.existsByQuestionId(questionId)) {
            throw new SurveyRefusedException(SurveyRefusedException.Reason.QUESTION_CHANGE, "survey.question.refused.kind-answered");
        }
        question.change(checkedText(text), newKind);
    }

    /** Deletes a question nobody answered; retires one with answers. Returns whether it was retired. */
    @Transactional
    public boolean remove(long programmeId, long questionId) {
        SurveyQuestion question = question(programmeId, questionId);
        if (question.isRetired()) {
            return true;
        }
        if (current(programmeId, question.getSurvey()).size() <= 1) {
            throw new SurveyRefusedException(SurveyRefusedException.Reason.QUESTION_CHANGE, "survey.question.refused.last");
        }
        if (answers.existsByQuestionId(questionId)) {
            question.retire(clock.instant());
            return true;
        }
        questions.delete(question);
        return false;
    }

    /** Moves a question one place up (-1) or down (+1) among the current ones; at either end nothing moves. */
    @Transactional
    public void move(long programmeId, long questionId, int direction) {
        SurveyQuestion question = question(programmeId, questionId);
        List<SurveyQuestion> order = new ArrayList<>(current(programmeId, question.getSurvey()));
        int from = order.indexOf(question);
        int to = from + Integer.signum(direction);
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        // number them 1..n again: positions stay distinct whatever earlier edits left
        for (int i = 0; i < order.size(); i++) {
            order.get(i).moveTo(i + 1);
        }
    }

    private SurveyQuestion question(long programmeId, long questionId) {
        return questions.findById(questionId).filter(q -> q.getProgrammeId() == programmeId)
                .orElseThrow(() -> new SurveyRefusedException(SurveyRefusedException.Reason.QUESTION_CHANGE,
                        "survey.question.refused.unknown"));
    }

    private static String checkedText(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new SurveyRefusedException(SurveyRefusedException.Reason.QUESTION_CHANGE, "survey.question.refused.empty");
        }
        if (stripped.length() > SurveyQuestion.MAX_TEXT) {
            throw new SurveyRefusedException(SurveyRefusedException.Reason.QUESTION_CHANGE, "survey.question.refused.too-long",
                    SurveyQuestion.MAX_TEXT);
        }
        return stripped;
    }

    private static QuestionKind kindOrRefuse(QuestionKind kind) {
        if (kind == null) {
            throw new SurveyRefusedException(SurveyRefusedException.Reason.QUESTION_CHANGE, "survey.question.refused.kind");
        }
        return kind;
    }

    private void copyStandardQuestions(Programme programme, Survey survey) {
        List<String> languages = programme.languageList();
        Locale language = Locale.forLanguageTag(languages.isEmpty() ? "en" : languages.get(0));
        List<QuestionKind> kinds = survey == Survey.HALFWAY ? STANDARD_HALFWAY : STANDARD_FINAL;
        for (int i = 0; i < kinds.size(); i++) {
            String text = messages.getMessage("survey.standard." + survey + "." + (i + 1), null, language);
            questions.save(new SurveyQuestion(programme.getId(), survey, i + 1, text, kinds.get(i)));
        }
        questions.flush();
    }
}
