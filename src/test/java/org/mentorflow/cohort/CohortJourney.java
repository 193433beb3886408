package org.mentorflow.cohort;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.people.TestPeople;
import org.mentorflow.programme.Audience;
import org.mentorflow.programme.Briefing;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.mentorflow.programme.MentorInvitation;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.ProgrammeCalendar;
import org.mentorflow.programme.Programmes;
import org.mentorflow.programme.ProgrammeKind;

/** A cohort as the tests set it up: the calendar of file 004 (January to June), shifted to a year of their own. */
final class CohortJourney {

    static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    private CohortJourney() {
    }

    static Instant at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, VIENNA).toInstant();
    }

    /**
     * Sign-up 7 to 16 January, requests 20 to 26 January, briefings for students on the 28th (campus) and for mentors on
     * the 30th (online), the programme from February to June; not saved yet.
     */
    static Programme programme(int year, MentorInvitation invitation) {
        String slug = "cohort-" + UUID.randomUUID().toString().substring(0, 8);
        Programme programme = new Programme(slug, "Mentoring " + year + " " + slug.substring(7), ProgrammeKind.COHORT, at(year - 1, 12, 1, 9));
        programme.setLanguageList(List.of("en", "de"));
        programme.setTimeZone("Europe/Vienna");
        programme.setMaxOpenRequestsPerMentee(1);
        programme.setMaxOpenRequestsPerMentor(2);
        programme.setCapacityChoiceList(List.of(1, 2));
        programme.setRequestReminderAfter("P3D");
        programme.setRequestReminders(2);
        programme.setRequestExpiresAfter("P14D");
        programme.setAgreementReminderAfter("P7D");
        programme.setAgreementReminders(1);
        programme.setInactivityAfter("P30D");
        programme.setMentorLevelList(List.of(MentoringLevel.MASTERS, MentoringLevel.DOCTORAL));
        programme.setMentorInvitation(invitation);
        programme.setSignupOpensAt(at(year, 1, 7, 9));
        programme.setSignupClosesAt(at(year, 1, 16, 23));
        programme.setRequestsOpenAt(at(year, 1, 20, 9));
        programme.setRequestsCloseAt(at(year, 1, 26, 23));
        programme.setRunsFrom(LocalDate.of(year, 2, 1));
        programme.setRunsUntil(LocalDate.of(year, 6, 30));
        programme.setSurveyReminderAfter("P7D");
        programme.getBriefings().add(new Briefing(programme, Audience.STUDENTS, "Briefing for students",
                at(year, 1, 28, 16), at(year, 1, 28, 18), "Lecture hall 1, Main Building", null));
        programme.getBriefings().add(new Briefing(programme, Audience.MENTORS, "Briefing for mentors",
                at(year, 1, 30, 18), at(year, 1, 30, 19), null, "https://meet.example/briefing"));
        return programme;
    }

    /** Test people all look alike ("Mia M."): a name of their own, so pages and lists can be read. */
    /** Saves the cohort and starts its process, as the coordinators' form does. */
    static Programme created(Programmes programmes, ProgrammeCalendar calendar, Programme programme) {
        Programme saved = programmes.save(programme);
        calendar.start(saved);
        return programmes.get(saved.getId());
    }

    static Person named(TestPeople people, Person person, String firstName, String lastName) {
        person.setFirstName(firstName);
        person.setLastName(lastName);
        return people.save(person);
    }

    static ProcessInstance processOf(Programme programme) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(CohortProgrammeProcess.KEY)
                .processInstanceBusinessKey(CohortProgrammeProcess.businessKey(programme.getId())).singleResult();
    }

    static void clockAt(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** As the job executor would at the engine clock's time: every job of the instance that is due, until none is. */
    static void runDueJobs(ProcessInstance instance) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = managementService().createJobQuery().processInstanceId(instance.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs of " + instance.getId() + " keep coming");
    }

    static List<Job> jobs(ProcessInstance instance, String activityId) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
    }

    /** The mentor accepted and both approved the agreement: the mentorship is ACTIVE. */
    static ProcessInstance running(Mentorship mentorship) {
        ProcessInstance process = MentorshipJourney.processOf(mentorship);
        execute(job(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, process));
        complete(task(process), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));
        execute(job(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS, process));
        ProcessInstance agreement = calledProcessInstance(MentorshipProcess.AGREEMENT_KEY, process);
        complete(task(agreement), MentorshipJourney.agreementTerms(6, "Find my first job."));
        execute(job(MentorshipProcess.TASK_MAIL_AGREEMENT_PROPOSAL, agreement));
        complete(task(agreement), withVariables(MentorshipProcess.AGREEMENT_DECISION.name(), "approve"));
        execute(job(MentorshipProcess.TASK_MAIL_MENTORSHIP_STARTED, agreement));
        return process;
    }
}
