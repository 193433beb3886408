package org.mentorflow.surveys;

import org.mentorflow.system.ProcessVariable;

/**
 * Names of processes/programme-survey.bpmn, one survey of one programme: the invitations, the reminder after
 * {@link #SURVEY_REMINDER_AFTER}, the end. The cohort programme calls it twice ("Halfway check-in survey", "Final
 * feedback survey") with these in-variables and its business key; tests start it directly.
 */
public final class ProgrammeSurveyProcess {

    public static final String KEY = "programme-survey";

    /** In-variable: the programme whose pairs are asked. */
    public static final ProcessVariable<Long> PROGRAMME_ID = ProcessVariable.of("programmeId", Long.class);
    /** In-variable: which survey, the name of a {@link Survey} ("HALFWAY" or "FINAL"). */
    public static final ProcessVariable<String> SURVEY = ProcessVariable.of("survey", String.class);
    /** In-variable: how long after the invitations the one reminder goes out, an ISO-8601 duration ("P7D"). */
    public static final ProcessVariable<String> SURVEY_REMINDER_AFTER = ProcessVariable.of("surveyReminderAfter", String.class);

    public static final String START_SURVEY_DUE = "StartEvent_SurveyDue";
    public static final String TASK_SEND_SURVEY = "Task_SendSurvey";
    public static final String TIMER_REMINDER_DUE = "Timer_ReminderDue";
    public static final String TASK_REMIND_UNANSWERED = "Task_RemindUnanswered";
    public static final String END_SURVEY_SENT_AND_REMINDED = "EndEvent_SurveySentAndReminded";

    private ProgrammeSurveyProcess() {
    }
}
