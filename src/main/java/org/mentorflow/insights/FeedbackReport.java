package org.mentorflow.insights;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Feedback after meetings and silent periods, and the cohort surveys: ratings (1-5) per occasion with the share
 * answered, the surveys' response rates per survey and role, and the free-text answers, which only coordinators see
 * (people write names and circumstances into them).
 */
@Component
class FeedbackReport {

    private final NamedParameterJdbcTemplate jdbc;

    FeedbackReport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ReportTable ratings(InsightsFilter filter) {
        List<List<Object>> rows = new ArrayList<>();
        jdbc.query("select f.occasion, count(*) as sent, count(f.answered_at) as answered,"
                + " sum(case when f.rating = 1 then 1 else 0 end) as r1, sum(case when f.rating = 2 then 1 else 0 end) as r2,"
                + " sum(case when f.rating = 3 then 1 else 0 end) as r3, sum(case when f.rating = 4 then 1 else 0 end) as r4,"
                + " sum(case when f.rating = 5 then 1 else 0 end) as r5"
                + " from feedback_request f join mentorship m on m.id = f.mentorship_id where " + FilteredMentorships.CONDITION
                + " group by f.occasion order by f.occasion", FilteredMentorships.parameters(filter), row -> {
                    long sent = row.getLong("sent");
                    long answered = row.getLong("answered");
                    rows.add(List.of(row.getString("occasion"), sent, answered, Percent.of(answered, sent),
                            row.getLong("r1"), row.getLong("r2"), row.getLong("r3"), row.getLong("r4"), row.getLong("r5")));
                });
        return ReportTable.of("ratings", "insights.feedback.ratings",
                List.of("insights.feedback.column.occasion", "insights.feedback.column.sent", "insights.feedback.column.answered",
                        "insights.column.response-rate", "insights.feedback.column.r1", "insights.feedback.column.r2",
                        "insights.feedback.column.r3", "insights.feedback.column.r4", "insights.feedback.column.r5"),
                rows).withBarChart(4, 5, 6, 7, 8);
    }

    ReportTable surveys(InsightsFilter filter) {
        List<List<Object>> rows = new ArrayList<>();
        jdbc.query("select p.name as programme, i.survey, i.role, count(*) as invited, count(i.answered_at) as answered"
                + " from survey_invitation i join mentorship m on m.id = i.mentorship_id join programme p on p.id = i.programme_id"
                + " where " + FilteredMentorships.CONDITION + " group by p.name, i.survey, i.role order by p.name, i.survey, i.role",
                FilteredMentorships.parameters(filter), row -> {
                    long invited = row.getLong("invited");
                    long answered = row.getLong("answered");
                    rows.add(List.of(row.getString("programme"), new Label("insights.survey." + row.getString("survey").toLowerCase()),
                            new Label("insights.role." + row.getString("role").toLowerCase()), invited, answered,
                            Percent.of(answered, invited)));
                });
        return ReportTable.of("surveys", "insights.feedback.surveys",
                List.of("insights.column.programme", "insights.feedback.column.survey", "insights.feedback.column.role",
                        "insights.feedback.column.invited", "insights.feedback.column.answered", "insights.column.response-rate"),
                rows);
    }

    /** What people wrote, for coordinators: the feedback's two questions and the surveys' text questions, no names. */
    ReportTable freeText(InsightsFilter filter) {
        List<List<Object>> rows = new ArrayList<>();
        jdbc.query("select f.occasion as source, f.role, 'went well' as question, f.went_well as answer, f.answered_at"
                + " from feedback_request f join mentorship m on m.id = f.mentorship_id"
                + " where f.went_well is not null and f.went_well <> '' and " + FilteredMentorships.CONDITION
                + " union all select f.occasion, f.role, 'could improve', f.could_improve, f.answered_at"
                + " from feedback_request f join mentorship m on m.id = f.mentorship_id"
                + " where f.could_improve is not null and f.could_improve <> '' and " + FilteredMentorships.CONDITION
                + " union all select i.survey, i.role, q.text, a.text_value, i.answered_at from survey_answer a"
                + " join survey_invitation i on i.id = a.invitation_id join survey_question q on q.id = a.question_id"
                + " join mentorship m on m.id = i.mentorship_id"
                + " where a.text_value is not null and a.text_value <> '' and " + FilteredMentorships.CONDITION
                + " order by 5, 1, 3", FilteredMentorships.parameters(filter), row -> {
                    String question = row.getString("question");
                    rows.add(List.of(row.getString("source"), new Label("insights.role." + row.getString("role").toLowerCase()),
                            question.equals("went well") ? new Label("insights.feedback.went-well")
                                    : question.equals("could improve") ? new Label("insights.feedback.could-improve") : question,
                            row.getString("answer")));
                });
        return ReportTable.of("free-text", "insights.feedback.free-text",
                List.of("insights.feedback.column.occasion", "insights.feedback.column.role", "insights.feedback.column.question",
                        "insights.feedback.column.answer"), rows);
    }
}
