package org.mentorflow.surveys;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.ProgrammeKind;
import org.mentorflow.programme.Programmes;

/** A cohort programme for the survey tests, and its pairs, placed and walked to a running mentorship. */
final class SurveyCohort {

    private SurveyCohort() {
    }

    /** A cohort running from mid-January to June 2026, in these languages (the first one for its questions). */
    static Programme create(Programmes programmes, Instant now, String... languages) {
        String slug = "survey-cohort-" + UUID.randomUUID().toString().substring(0, 8);
        Programme programme = new Programme(slug, "Cohort " + slug.substring(slug.length() - 8), ProgrammeKind.COHORT, now);
        programme.setLanguageList(List.of(languages));
        programme.setTimeZone("Europe/Vienna");
        programme.setMaxOpenRequestsPerMentee(1);
        programme.setMaxOpenRequestsPerMentor(2);
        programme.setCapacityChoiceList(List.of(1, 2));
        programme.setRequestReminderAfter("P7D");
        programme.setRequestReminders(2);
        programme.setRequestExpiresAfter("P14D");
        programme.setAgreementReminderAfter("P7D");
        programme.setAgreementReminders(2);
        programme.setInactivityAfter("P60D");
        programme.setNonAlumniMentorsWelcome(true);
        programme.setMentorLevelList(List.of(MentoringLevel.MASTERS, MentoringLevel.DOCTORAL));
        programme.setAccessCodeRequired(false);
        programme.setRunsFrom(LocalDate.of(2026, 1, 15));
        programme.setRunsUntil(LocalDate.of(2026, 6, 30));
        programme.setSurveyReminderAfter("P7D");
        return programmes.save(programme);
    }

    /** The mentor signs up as a candidate and the coordinator places the mentee: the request waits for the mentor. */
    static ProcessInstance requested(Programmes programmes, MentorshipRequests requests, Programme programme,
            Person mentee, Person mentor, Instant now) {
        programmes.saveCandidate(new Candidate(programme.getId(), mentor.getId(), CandidateRole.MENTOR, 1,
                List.of(MentoringLevel.MASTERS), null, now));
        Mentorship mentorship = requests.place(programme.getId(), mentee.getId(), mentor.getId(), "Placed by the coordinator.");
        ProcessInstance process = MentorshipJourney.processOf(mentorship);
        execute(job(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, process));
        return process;
    }

    /** Placed, accepted and the agreement approved: the mentorship runs (ACTIVE). */
    static ProcessInstance running(Programmes programmes, MentorshipRequests requests, Programme programme,
            Person mentee, Person mentor, Instant now) {
        ProcessInstance process = requested(programmes, requests, programme, mentee, mentor, now);
        complete(task(process), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));
        execute(job(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS, process));
        ProcessInstance agreement = calledProcessInstance("agreement", process);
        complete(task(agreement), MentorshipJourney.agreementTerms(6, "Find my first job."));
        execute(job(MentorshipProcess.TASK_MAIL_AGREEMENT_PROPOSAL, agreement));
        complete(task(agreement), withVariables(MentorshipProcess.AGREEMENT_DECISION.name(), "approve"));
        execute(job(MentorshipProcess.TASK_MAIL_MENTORSHIP_STARTED, agreement));
        return process;
    }
}
