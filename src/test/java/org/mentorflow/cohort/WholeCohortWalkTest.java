package org.mentorflow.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.cohort.CohortJourney.clockAt;
import static org.mentorflow.cohort.CohortJourney.processOf;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.joining.CohortSignUps;
import org.mentorflow.joining.JoiningRefusedException;
import org.mentorflow.matching.MatchProposal;
import org.mentorflow.matching.MatchProposals;
import org.mentorflow.matching.ProposedPair;
import org.mentorflow.matching.StudentChoices;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.mentorship.request.RequestRefusedException;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Audience;
import org.mentorflow.programme.Briefing;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.mentorflow.programme.MentorInvitation;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.ProgrammeCalendar;
import org.mentorflow.programme.ProgrammeKind;
import org.mentorflow.programme.Programmes;
import org.mentorflow.surveys.ProgrammeSurveyProcess;
import org.mentorflow.surveys.ResponseRate;
import org.mentorflow.surveys.Survey;
import org.mentorflow.surveys.Surveys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.mentorflow.certificates.Certificate;
import org.mentorflow.certificates.CertificateService;

/**
 * One cohort walked from its creation to its close by the engine clock, on the 2025 calendar of file 004 (Helsinki):
 * 20 mentors sign up, 30 students join, students ask mentors inside the window (and are refused a second request and
 * a third to a mentor), a coordinator runs the match proposal, adjusts it and sends it, mentors accept or decline, the
 * requests left open expire when the window closes, the students left are placed, the briefings invite and remind,
 * both surveys ask the running pairs and remind those who did not answer once, and at the end the coordinator decides
 * on the mentorships still running. Only the jobs of this cohort's own process tree are executed, at the clock's time.
 */
class WholeCohortWalkTest extends IntegrationTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Autowired
    Programmes programmes;
    @Autowired
    ProgrammeCalendar calendar;
    @Autowired
    CohortSignUps signUps;
    @Autowired
    StudentChoices studentChoices;
    @Autowired
    MentorshipRequests requests;
    @Autowired
    Mentorships mentorships;
    @Autowired
    MatchProposals proposals;
    @Autowired
    Surveys surveys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CertificateService certificates;

    static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2025, month, day, hour, minute).atZone(HELSINKI).toInstant();
    }

    /** The 2025 programme of file 004, under an address of its own; not saved yet. */
    static Programme aalto2025() {
        String slug = "aalto-2025-walk-" + UUID.randomUUID().toString().substring(0, 8);
        Programme programme = new Programme(slug, "Aalto University Mentoring Programme 2025 (" + slug.substring(16) + ")",
                ProgrammeKind.COHORT, Instant.parse("2024-12-01T10:00:00Z"));
        programme.setDescription("A six-month programme running from January to June.");
        programme.setLanguageList(List.of("en", "fi", "de"));
        programme.setTimeZone(HELSINKI.getId());
        programme.setMaxOpenRequestsPerMentee(1);
        programme.setMaxOpenRequestsPerMentor(2);
        programme.setCapacityChoiceList(List.of(1, 2));
        programme.setRequestReminderAfter("P3D");
        programme.setRequestReminders(1);
        programme.setRequestExpiresAfter("P14D");
        programme.setAgreementReminderAfter("P7D");
        programme.setAgreementReminders(1);
        programme.setInactivityAfter("P60D");
        programme.setMentorLevelList(List.of(MentoringLevel.MASTERS, MentoringLevel.DOCTORAL));
        programme.setMentorInvitation(MentorInvitation.ALL_MENTORS);
        programme.setSignupOpensAt(at(1, 7, 0, 0));
        programme.setSignupClosesAt(LocalDate.of(2025, 1, 16).atTime(23, 59, 59).atZone(HELSINKI).toInstant());
        programme.setRequestsOpenAt(at(1, 20, 0, 0));
        programme.setRequestsCloseAt(LocalDate.of(2025, 1, 26).atTime(23, 59, 59).atZone(HELSINKI).toInstant());
        programme.setRunsFrom(LocalDate.of(2025, 1, 20));
        programme.setRunsUntil(LocalDate.of(2025, 6, 30));
        programme.setSurveyReminderAfter("P7D");
        programme.getBriefings().add(new Briefing(programme, Audience.STUDENTS, "Briefing for students",
                at(1, 28, 16, 0), at(1, 28, 18, 0), "Undergraduate Centre, Otaniemi campus", null));
        programme.getBriefings().add(new Briefing(programme, Audience.MENTORS, "Briefing for mentors",
                at(1, 30, 17, 0), at(1, 30, 18, 0), null, "https://aalto.zoom.example/j/2025"));
        return programme;
    }

    // the cohort's people
    final List<Person> mentors = new ArrayList<>();
    final List<Person> students = new ArrayList<>();

    @Test
    void oneCohortFromSignUpToItsClose() throws Exception {
        Person coordinatorPerson = people.coordinator();
        BrowserSession coordinator = BrowserSession.loggedIn(port, coordinatorPerson.getId(), "secret");
        makeMentors();
        makeStudents();

        // created a week before sign-up: the instance waits for sign-up to open
        clockAt(at(1, 1, 9, 0));
        Programme programme = CohortJourney.created(programmes, calendar, aalto2025());
        long id = programme.getId();
        ProcessInstance cohort = processOf(programme);
        assertThat(cohort).isStarted().hasPassed(CohortProgrammeProcess.START_COHORT_CREATED)
                .isWaitingAt(CohortProgrammeProcess.TIMER_SIGNUP_OPENS);
        assertThat(job(CohortProgrammeProcess.TIMER_SIGNUP_OPENS, cohort).getDuedate()).isEqualTo(Date.from(programme.getSignupOpensAt()));
        assertThatThrownBy(() -> signUpMentor(programme, 0)).isInstanceOf(JoiningRefusedException.class)
                .hasMessageContaining("7 January 2025");

        // 7 January: sign-up opens, every verified mentor is invited
        clearMailbox();
        clockAt(at(1, 7, 0, 1));
        runDueJobs(cohort);
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TIMER_SIGNUP_OPENS, CohortProgrammeProcess.TASK_INVITE_MENTORS)
                .isWaitingAt(CohortProgrammeProcess.TIMER_SIGNUP_CLOSES);
        for (Person mentor : mentors) {
            ReceivedMail invitation = only(mentor);
            assertThat(invitation.text()).contains("http://mentorflow.test/programmes/" + programme.getSlug() + "/mentor-sign-up");
            if (mentor.getLanguage().equals("en")) {
                assertThat(invitation.subject()).isEqualTo("Mentor sign-up for " + programme.getName() + " is open");
            }
        }
        students.forEach(student -> assertThat(mailsTo(student)).isEmpty());

        // 10 January: the 20 mentors sign up, the 30 students join
        // (a minute apart: the proposal breaks ties by sign-up, so the walk's figures are the same every run)
        for (int i = 0; i < mentors.size(); i++) {
            clockAt(at(1, 10, 12, i));
            signUpMentor(programme, i);
        }
        for (int j = 0; j < students.size(); j++) {
            clockAt(at(1, 11, 12, j));
            signUps.join(programme, students.get(j).getId(), studentLevel(j));
        }
        assertThat(programmes.candidates(id, org.mentorflow.programme.CandidateRole.MENTOR)).hasSize(20);
        assertThat(programmes.candidates(id, org.mentorflow.programme.CandidateRole.STUDENT)).hasSize(30);

        // 17 January: sign-up closed, the window not open yet
        clockAt(at(1, 17, 0, 1));
        runDueJobs(cohort);
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TIMER_SIGNUP_CLOSES).isWaitingAt(CohortProgrammeProcess.TIMER_REQUESTS_OPEN);
        assertThatThrownBy(() -> signUpMentor(programme, 3)).isInstanceOf(JoiningRefusedException.class)
                .hasMessageContaining("16 January 2025");
        assertThatThrownBy(() -> requests.request(id, student(0).getId(), mentor(0).getId(), "Hello"))
                .isInstanceOf(RequestRefusedException.class).hasMessageContaining("from 20 January 2025");

        // 20 January: the window opens, every student is told
        clearMailbox();
        clockAt(at(1, 20, 0, 1));
        runDueJobs(cohort);
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TIMER_REQUESTS_OPEN, CohortProgrammeProcess.TASK_TELL_STUDENTS,
                CohortProgrammeProcess.GATEWAY_REQUEST_WINDOW).isWaitingAt(CohortProgrammeProcess.EVENT_GATEWAY_WINDOW_OPEN);
        for (Person student : students) {
            assertThat(only(student).text()).contains("http://mentorflow.test/programmes/" + programme.getSlug() + "/mentors");
        }
        assertThat(only(student(0)).subject()).isEqualTo("You can now ask a mentor of " + programme.getName());
        mentors.forEach(mentor -> assertThat(mailsTo(mentor)).isEmpty());

        // students ask mentors themselves; a second request of one student and a third to a mentor are refused
        clockAt(at(1, 20, 10, 0));
        Mentorship s0m0 = ask(programme, 0, 0);
        assertThatThrownBy(() -> requests.request(id, student(0).getId(), mentor(1).getId(), "And you?"))
                .isInstanceOf(RequestRefusedException.class)
                .satisfies(e -> assertThat(((RequestRefusedException) e).getReason()).isEqualTo(RequestRefusedException.Reason.OPEN_REQUEST_EXISTS));
        Mentorship s1m1 = ask(programme, 1, 1);
        Mentorship s2m1 = ask(programme, 2, 1);
        assertThatThrownBy(() -> requests.request(id, student(4).getId(), mentor(1).getId(), "Me too?"))
                .isInstanceOf(RequestRefusedException.class)
                .satisfies(e -> assertThat(((RequestRefusedException) e).getReason())
                        .isEqualTo(RequestRefusedException.Reason.MENTOR_HAS_TOO_MANY_REQUESTS));
        Mentorship s4m3 = ask(programme, 4, 3);
        Mentorship s8m6 = ask(programme, 8, 6);
        Mentorship s9m3 = ask(programme, 9, 3);
        // others rank their choices for the match proposal
        studentChoices.choose(programme, student(10).getId(), List.of(mentor(3).getId(), mentor(6).getId()));
        studentChoices.choose(programme, student(12).getId(), List.of(mentor(6).getId()));
        studentChoices.choose(programme, student(13).getId(), List.of(mentor(9).getId(), mentor(0).getId()));

        clockAt(at(1, 21, 10, 0));
        accept(s0m0);
        accept(s1m1);
        accept(s9m3);
        decline(s4m3);
        // s2 -> m1 and s8 -> m6 stay open

        // 22 January: the coordinator runs the match proposal for the students still without a mentor
        clockAt(at(1, 22, 10, 0));
        String proposalPage = "/coordinator/programmes/" + id + "/match-proposal";
        assertThat(coordinator.get(proposalPage).body()).contains("Run match proposal");
        HttpResponse<String> run = coordinator.postForm(proposalPage, Map.of());
        assertThat(run.statusCode()).isEqualTo(302);
        assertThat(cohort).hasPassed(CohortProgrammeProcess.EVENT_MATCH_PROPOSAL_REQUESTED, CohortProgrammeProcess.TASK_PROPOSE_MATCHES)
                .isWaitingAt(CohortProgrammeProcess.TASK_REVIEW_MATCH_PROPOSAL);
        MatchProposal proposal = proposals.latest(id).orElseThrow();
        Set<String> requestedBefore = Set.of(student(0).getId(), student(1).getId(), student(2).getId(), student(8).getId(),
                student(9).getId());
        assertThat(proposal.getPairs()).hasSize(30 - requestedBefore.size())
                .noneSatisfy(pair -> assertThat(requestedBefore).contains(pair.getStudentId()));
        for (ProposedPair pair : proposal.matched()) {
            assertThat(studentLevel(index(pair.getStudentId()))).as("level of the pair").isIn(mentorLevels(mentorIndexOf(pair)));
            assertThat(students.get(index(pair.getStudentId())).getSpokenLanguages())
                    .containsAnyElementsOf(mentor(mentorIndexOf(pair)).getSpokenLanguages());
        }
        // mentors without room (a place taken, or held by an open request) are proposed to nobody
        assertThat(proposal.matched()).extracting(ProposedPair::getMentorId)
                .doesNotContain(mentor(0).getId(), mentor(1).getId(), mentor(6).getId());
        // a student's own choices come first in their ranking
        assertThat(proposal.pairOf(student(10).getId())).hasValueSatisfying(pair -> {
            if (mentor(3).getId().equals(pair.getMentorId())) {
                assertThat(pair.getStudentRank()).isEqualTo(1);
            }
        });
        assertThat(proposal.unmatched()).as("students the proposal found no mentor for").isNotEmpty();
        int matchedByProposal = proposal.matched().size();

        // the coordinator swaps the mentors of two English master's students and leaves one student out
        Map<String, String> mentorOf = new LinkedHashMap<>();
        proposal.getPairs().forEach(pair -> mentorOf.put(pair.getStudentId(), pair.getMentorId() == null ? "" : pair.getMentorId()));
        List<ProposedPair> swappable = proposal.matched().stream()
                .filter(pair -> englishMasters(index(pair.getStudentId())) && mentorLevels(mentorIndexOf(pair)).contains(MentoringLevel.MASTERS)
                        && mentor(mentorIndexOf(pair)).getSpokenLanguages().contains("en"))
                .toList();
        ProposedPair first = swappable.get(0);
        ProposedPair second = swappable.stream().filter(pair -> !pair.getMentorId().equals(first.getMentorId())).findFirst().orElseThrow();
        mentorOf.put(first.getStudentId(), second.getMentorId());
        mentorOf.put(second.getStudentId(), first.getMentorId());
        ProposedPair leftOut = swappable.stream().filter(pair -> pair != first && pair != second).findFirst().orElseThrow();
        mentorOf.put(leftOut.getStudentId(), "");
        Task review = taskService().createTaskQuery().processInstanceId(cohort.getId())
                .taskDefinitionKey(CohortProgrammeProcess.TASK_REVIEW_MATCH_PROPOSAL).singleResult();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("task", review.getId());
        mentorOf.forEach((student, mentor) -> form.put("mentor." + student, mentor));
        HttpResponse<String> sent = coordinator.postForm(proposalPage + "/send", form);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(cohort).isWaitingAt(CohortProgrammeProcess.TASK_SEND_PROPOSED_REQUESTS);
        runDueJobs(cohort);
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TASK_SEND_PROPOSED_REQUESTS)
                .isWaitingAt(CohortProgrammeProcess.EVENT_GATEWAY_WINDOW_OPEN);
        assertThat(requestOf(first.getStudentId()).getMentor().getId()).isEqualTo(second.getMentorId());
        assertThat(requestOf(second.getStudentId()).getMentor().getId()).isEqualTo(first.getMentorId());
        assertThat(mentorships.of(leftOut.getStudentId())).isEmpty();
        long sentByProposal = proposals.get(proposal.getId()).count(ProposedPair.Outcome.SENT);
        assertThat(sentByProposal).isEqualTo(matchedByProposal - 1);

        // 23 January: the mentors answer the proposed requests: two decline, two leave them open, the others accept
        clockAt(at(1, 23, 10, 0));
        List<Mentorship> proposed = proposals.get(proposal.getId()).getPairs().stream()
                .filter(pair -> pair.getOutcome() == ProposedPair.Outcome.SENT).map(pair -> requestOf(pair.getStudentId())).toList();
        List<Mentorship> leftOpen = new ArrayList<>(List.of(s2m1, s8m6));
        for (int k = 0; k < proposed.size(); k++) {
            Mentorship request = proposed.get(k);
            if (k == 1 || k == 4) {
                decline(request);
            } else if (k == 2 || k == 5) {
                mailToMentor(request);
                leftOpen.add(request);
            } else {
                accept(request);
            }
        }

        // 27 January, just after the window closed: the open requests expire by the message, the briefings invite
        clearMailbox();
        clockAt(programme.getRequestsCloseAt().plusSeconds(61));
        runDueJobs(cohort);
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TIMER_REQUESTS_CLOSE, CohortProgrammeProcess.GATEWAY_WINDOW_CLOSED,
                CohortProgrammeProcess.TASK_CLOSE_OPEN_REQUESTS, CohortProgrammeProcess.GATEWAY_AFTER_WINDOW,
                CohortProgrammeProcess.START_BRIEFING_PLANNED, CohortProgrammeProcess.TASK_INVITE_TO_BRIEFING)
                .isWaitingAt(CohortProgrammeProcess.TASK_PLACE_UNMATCHED_STUDENTS, CohortProgrammeProcess.TIMER_DAY_BEFORE_BRIEFING,
                        CohortProgrammeProcess.TIMER_HALFWAY);
        List<Person> withMentor = studentsWithMentor(id);
        assertThat(withMentor).hasSize(3 + proposed.size() - 4);
        for (Person student : withMentor) {
            Map<String, String> ics = CohortProgrammeTest.ics(only(student).attachments().get("briefing.ics"));
            assertThat(ics).containsEntry("SUMMARY", "Briefing for students").containsEntry("DTSTART", "20250128T140000Z")
                    .containsEntry("LOCATION", "Undergraduate Centre\\, Otaniemi campus");
        }
        for (Person mentor : mentors) {
            assertThat(CohortProgrammeTest.ics(only(mentor).attachments().get("briefing.ics")))
                    .containsEntry("SUMMARY", "Briefing for mentors").containsEntry("URL", "https://aalto.zoom.example/j/2025");
        }
        students.stream().filter(student -> !withMentor.contains(student)).forEach(student -> assertThat(mailsTo(student)).isEmpty());
        for (Mentorship open : leftOpen) {
            ProcessInstance process = MentorshipJourney.processOf(open);
            assertThat(process).hasPassed(MentorshipProcess.EVENT_REQUEST_WINDOW_CLOSED).isWaitingAt(MentorshipProcess.TASK_MAIL_REQUEST_EXPIRED);
            assertThat(mentorships.get(open.getId()).getState()).isEqualTo(MentorshipState.EXPIRED);
            execute(job(MentorshipProcess.TASK_MAIL_REQUEST_EXPIRED, process));
            assertThat(process).isEnded().hasPassed(MentorshipProcess.END_REQUEST_EXPIRED);
        }
        assertThat(mailsTo(student(2))).extracting(ReceivedMail::subject).anySatisfy(subject -> assertThat(subject).containsIgnoringCase("expired"));
        assertThatThrownBy(() -> requests.request(id, student(4).getId(), mentor(4).getId(), "Too late?"))
                .isInstanceOf(RequestRefusedException.class).hasMessageContaining("26 January 2025");
        assertThat(coordinator.get(proposalPage).body()).contains("The request window closed on 26 January 2025").doesNotContain("Run match proposal");

        // "Place unmatched students": every student still without a mentor, with a suggestion where one fits
        List<Person> unmatched = students.stream().filter(student -> !withMentor.contains(student)).toList();
        Task placing = taskService().createTaskQuery().processInstanceId(cohort.getId())
                .taskDefinitionKey(CohortProgrammeProcess.TASK_PLACE_UNMATCHED_STUDENTS).singleResult();
        String overview = (String) taskService().getVariableLocal(placing.getId(), CohortProgrammeProcess.PLACEMENT_OVERVIEW.name());
        assertThat(overview).contains(unmatched.size() + " students without a mentor");
        unmatched.forEach(student -> assertThat(overview).contains(student.getDisplayName()));
        withMentor.forEach(student -> assertThat(overview).doesNotContain(student.getDisplayName()));
        clockAt(at(1, 27, 9, 0));
        String placementsPath = "/coordinator/programmes/" + id + "/placements";
        Map<String, String> suggested = suggestions(coordinator.get(placementsPath).body());
        assertThat(suggested.keySet()).containsExactlyInAnyOrderElementsOf(unmatched.stream().map(Person::getPublicId).toList());
        Map<String, String> placements = new LinkedHashMap<>();
        List<String> placedStudents = new ArrayList<>();
        Map<String, Integer> placedWith = new LinkedHashMap<>();
        for (Map.Entry<String, String> suggestion : suggested.entrySet()) {
            String mentor = suggestion.getValue();
            // the first three with a suggestion, each to a different mentor so no place is given twice
            boolean take = mentor != null && placedStudents.size() < 3 && !placedWith.containsKey(mentor);
            placements.put("student." + suggestion.getKey(), take ? mentor : "");
            if (take) {
                placedStudents.add(suggestion.getKey());
                placedWith.put(mentor, 1);
            }
        }
        assertThat(placedStudents).isNotEmpty();
        HttpResponse<String> placed = coordinator.postForm(placementsPath, placements);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(302);
        runDueJobs(cohort);
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TASK_SEND_PLACEMENTS, CohortProgrammeProcess.END_STUDENTS_PLACED);
        List<Mentorship> placedRequests = students.stream().filter(student -> placedStudents.contains(student.getPublicId()))
                .map(student -> requestOf(student.getId())).toList();
        assertThat(placedRequests).hasSize(placedStudents.size());
        clockAt(at(1, 27, 12, 0));
        placedRequests.forEach(this::accept);

        // the day before each briefing: a reminder to its audience as it is then
        clearMailbox();
        clockAt(at(1, 27, 16, 1));
        runDueJobs(cohort);
        List<Person> briefed = studentsWithMentor(id);
        assertThat(briefed).hasSize(withMentor.size() + placedRequests.size());
        for (Person student : briefed) {
            ReceivedMail reminder = only(student);
            if (student.getLanguage().equals("en")) {
                assertThat(reminder.subject()).isEqualTo("Tomorrow: the briefing of " + programme.getName());
            }
        }
        mentors.forEach(mentor -> assertThat(mailsTo(mentor)).isEmpty());
        clearMailbox();
        clockAt(at(1, 29, 17, 1));
        runDueJobs(cohort);
        mentors.forEach(mentor -> assertThat(only(mentor).text()).contains("https://aalto.zoom.example/j/2025"));
        students.forEach(student -> assertThat(mailsTo(student)).isEmpty());
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TASK_REMIND_OF_BRIEFING, CohortProgrammeProcess.END_BRIEFING_REMINDED,
                CohortProgrammeProcess.SUBPROCESS_BRIEFING, CohortProgrammeProcess.END_BRIEFINGS_PREPARED)
                .isWaitingAt(CohortProgrammeProcess.TIMER_HALFWAY);

        // 31 January: every accepted pair agrees, the mentorships run
        clockAt(at(1, 31, 10, 0));
        List<Mentorship> pairs = mentorships(id, MentorshipState.ACCEPTED);
        assertThat(pairs).hasSize(briefed.size());
        pairs.forEach(this::agree);
        assertThat(mentorships(id, MentorshipState.ACTIVE)).hasSize(pairs.size());

        // halfway: the check-in survey to every running pair
        Instant halfway = ((Date) runtimeService().getVariable(cohort.getId(), CohortProgrammeProcess.HALFWAY_AT.name())).toInstant();
        assertThat(halfway).isBetween(at(4, 1, 0, 0), at(4, 30, 0, 0));
        clearMailbox();
        clockAt(halfway.plusSeconds(60));
        runDueJobs(cohort);
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TIMER_HALFWAY).isWaitingAt(CohortProgrammeProcess.CALL_HALFWAY_SURVEY);
        ProcessInstance halfwaySurvey = calledProcessInstance(ProgrammeSurveyProcess.KEY, cohort);
        assertThat(halfwaySurvey).hasPassed(ProgrammeSurveyProcess.TASK_SEND_SURVEY).isWaitingAt(ProgrammeSurveyProcess.TIMER_REMINDER_DUE);
        List<Map<String, Object>> halfwayInvitations = invitations(id, Survey.HALFWAY);
        assertThat(halfwayInvitations).hasSize(2 * pairs.size());
        assertThat(ReceivedMail.all(SMTP.getReceivedMessages())).hasSize(halfwayInvitations.size());
        assertThat(surveys.responseRate(id, Survey.HALFWAY)).isEqualTo(new ResponseRate(2L * pairs.size(), 0, 0));

        // some answer (partly), on their answer pages
        clockAt(halfway.plus(Duration.ofDays(2)));
        List<Map<String, Object>> halfwayAnswered = halfwayInvitations.subList(0, 7);
        answer(id, Survey.HALFWAY, halfwayAnswered);
        assertThat(surveys.responseRate(id, Survey.HALFWAY)).isEqualTo(new ResponseRate(2L * pairs.size(), 7, 0));

        // a week after: one reminder, only to those who did not answer
        clearMailbox();
        clockAt(halfway.plus(Duration.ofDays(7)).plusSeconds(120));
        runDueJobs(cohort);
        assertThat(halfwaySurvey).hasPassed(ProgrammeSurveyProcess.TIMER_REMINDER_DUE, ProgrammeSurveyProcess.TASK_REMIND_UNANSWERED)
                .isEnded();
        assertThat(cohort).hasPassed(CohortProgrammeProcess.CALL_HALFWAY_SURVEY).isWaitingAt(CohortProgrammeProcess.TIMER_PROGRAMME_ENDS);
        assertRemindedExactly(halfwayInvitations.subList(7, halfwayInvitations.size()));
        ResponseRate halfwayRate = surveys.responseRate(id, Survey.HALFWAY);
        assertThat(halfwayRate).isEqualTo(new ResponseRate(2L * pairs.size(), 7, 2L * pairs.size() - 7));

        // the programme ends: the final survey and the coordinator's decisions on what still runs
        Instant end = ((Date) runtimeService().getVariable(cohort.getId(), CohortProgrammeProcess.ENDS_AT.name())).toInstant();
        assertThat(end).isEqualTo(LocalDate.of(2025, 7, 1).atStartOfDay(HELSINKI).toInstant());
        clearMailbox();
        clockAt(end.plusSeconds(60));
        runDueJobs(cohort);
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TIMER_PROGRAMME_ENDS, CohortProgrammeProcess.GATEWAY_CLOSING_SPLIT)
                .isWaitingAt(CohortProgrammeProcess.TASK_DECIDE_ON_RUNNING_MENTORSHIPS, CohortProgrammeProcess.CALL_FINAL_SURVEY);
        ProcessInstance finalSurvey = calledProcessInstance(ProgrammeSurveyProcess.KEY, cohort);
        assertThat(finalSurvey).hasPassed(ProgrammeSurveyProcess.TASK_SEND_SURVEY).isWaitingAt(ProgrammeSurveyProcess.TIMER_REMINDER_DUE);
        List<Map<String, Object>> finalInvitations = invitations(id, Survey.FINAL);
        assertThat(finalInvitations).hasSize(2 * pairs.size());
        answer(id, Survey.FINAL, finalInvitations.subList(finalInvitations.size() - 5, finalInvitations.size()));

        String closingPath = "/coordinator/programmes/" + id + "/closing";
        List<Mentorship> running = mentorships(id, MentorshipState.ACTIVE);
        assertThat(running).hasSize(pairs.size());
        assertThat(coordinator.get(closingPath).body()).contains(running.get(0).getMentee().getDisplayName());
        Mentorship extended = running.get(0);
        Mentorship cancelled = running.get(1);
        Map<String, String> decisions = new LinkedHashMap<>();
        for (Mentorship mentorship : running) {
            decisions.put("mentorship." + mentorship.getId(), mentorship == extended ? CohortProgrammeProcess.DECISION_EXTEND
                    : mentorship == cancelled ? CohortProgrammeProcess.DECISION_CANCEL : CohortProgrammeProcess.DECISION_COMPLETE);
        }
        decisions.put("reason", "The programme has ended; thank you both.");
        HttpResponse<String> decided = coordinator.postForm(closingPath, decisions);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(302);
        runDueJobs(cohort);
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TASK_DECIDE_ON_RUNNING_MENTORSHIPS, CohortProgrammeProcess.TASK_APPLY_CLOSING_DECISIONS)
                .isWaitingAt(CohortProgrammeProcess.CALL_FINAL_SURVEY);
        assertThat(mentorships.get(extended.getId()).getState()).isEqualTo(MentorshipState.ACTIVE);
        assertThat(mentorships.get(cancelled.getId()).getState()).isEqualTo(MentorshipState.CANCELLED);
        assertThat(mentorships(id, MentorshipState.COMPLETED)).hasSize(running.size() - 2);
        // a completed pair's certificates name the cohort, as its certificate name says
        Mentorship certified = mentorships(id, MentorshipState.COMPLETED).get(0);
        ProcessInstance completion = MentorshipJourney.processOf(certified);
        while (!managementService().createJobQuery().processInstanceId(completion.getId()).executable().list().isEmpty()) {
            execute(managementService().createJobQuery().processInstanceId(completion.getId()).executable().list().get(0));
        }
        assertThat(certificates.of(certified.getMentee().getId())).extracting(Certificate::getProgrammeName, Certificate::getProgrammeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(programmes.get(id).getCertificateName(), id));

        // a week after the end: the final reminder to those who did not answer, then the programme closes
        clearMailbox();
        clockAt(end.plus(Duration.ofDays(7)).plusSeconds(120));
        runDueJobs(cohort);
        assertThat(finalSurvey).hasPassed(ProgrammeSurveyProcess.TASK_REMIND_UNANSWERED, ProgrammeSurveyProcess.END_SURVEY_SENT_AND_REMINDED)
                .isEnded();
        assertRemindedExactly(finalInvitations.subList(0, finalInvitations.size() - 5));
        ResponseRate finalRate = surveys.responseRate(id, Survey.FINAL);
        assertThat(finalRate).isEqualTo(new ResponseRate(2L * pairs.size(), 5, 2L * pairs.size() - 5));
        assertThat(cohort).hasPassed(CohortProgrammeProcess.CALL_FINAL_SURVEY, CohortProgrammeProcess.GATEWAY_CLOSING_JOIN,
                CohortProgrammeProcess.TASK_CLOSE_PROGRAMME, CohortProgrammeProcess.END_PROGRAMME_CLOSED).isEnded();
        assertThat(programmes.get(id).getClosedAt()).isEqualTo(end.plus(Duration.ofDays(7)).plusSeconds(120));
        assertThat(coordinator.get(closingPath).body()).contains("Nothing is to be decided for this programme now");
        assertNothingLeft(cohort);

        System.out.printf("whole cohort walk: %d students, %d mentors; %d matched by the proposal (%d sent, %d accepted), "
                        + "%d placed, %d pairs ran; halfway survey %d %% (%d of %d, %d reminded), final survey %d %% (%d of %d, %d reminded)%n",
                students.size(), mentors.size(), matchedByProposal, sentByProposal, proposed.size() - 4, placedRequests.size(),
                pairs.size(), halfwayRate.percent(), halfwayRate.answered(), halfwayRate.invited(), halfwayRate.reminded(),
                finalRate.percent(), finalRate.answered(), finalRate.invited(), finalRate.reminded());
    }

    @Test
    void aReviewLeftOpenGivesWayWhenTheWindowClosesAndUntouchedPlacementsAtHalfway() {
        Person coordinatorPerson = people.coordinator();
        BrowserSession coordinator = BrowserSession.loggedIn(port, coordinatorPerson.getId(), "secret");
        clockAt(at(1, 1, 9, 0));
        Programme programme = CohortJourney.created(programmes, calendar, aalto2025());
        ProcessInstance cohort = processOf(programme);
        Person mentor = people.mentor(1, "en");
        mentor.getMentoringLevels().add(MentoringLevel.MASTERS);
        mentor = people.save(mentor);
        Person student = people.mentee("en");
        clockAt(at(1, 7, 0, 1));
        runDueJobs(cohort);
        clockAt(at(1, 10, 12, 0));
        signUps.signUpMentor(programme, mentor.getId(), new CohortSignUps.MentorChoices(1, List.of(MentoringLevel.MASTERS), List.of("en"), null));
        signUps.join(programme, student.getId(), MentoringLevel.MASTERS);
        clockAt(at(1, 20, 0, 1));
        runDueJobs(cohort);

        // the proposal is run and left under review until the window closes
        clockAt(at(1, 25, 10, 0));
        assertThat(coordinator.postForm("/coordinator/programmes/" + programme.getId() + "/match-proposal", Map.of()).statusCode()).isEqualTo(302);
        assertThat(cohort).isWaitingAt(CohortProgrammeProcess.TASK_REVIEW_MATCH_PROPOSAL);
        assertThat(job(CohortProgrammeProcess.TIMER_PROPOSAL_UNTIL_WINDOW_CLOSES, cohort).getDuedate())
                .isEqualTo(Date.from(programme.getRequestsCloseAt()));
        clockAt(programme.getRequestsCloseAt().plusSeconds(61));
        runDueJobs(cohort);
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TIMER_PROPOSAL_UNTIL_WINDOW_CLOSES, CohortProgrammeProcess.TASK_CLOSE_OPEN_REQUESTS)
                .hasNotPassed(CohortProgrammeProcess.TASK_SEND_PROPOSED_REQUESTS, CohortProgrammeProcess.TIMER_REQUESTS_CLOSE)
                .isWaitingAt(CohortProgrammeProcess.TASK_PLACE_UNMATCHED_STUDENTS);
        assertThat(taskService().createTaskQuery().processInstanceId(cohort.getId())
                .taskDefinitionKey(CohortProgrammeProcess.TASK_REVIEW_MATCH_PROPOSAL).count()).isZero();
        assertThat(mentorships.of(student.getId())).isEmpty();

        // nobody places the student: at halfway the task gives way and the survey starts
        Instant halfway = ((Date) runtimeService().getVariable(cohort.getId(), CohortProgrammeProcess.HALFWAY_AT.name())).toInstant();
        clockAt(halfway.plusSeconds(60));
        runDueJobs(cohort);
        assertThat(cohort).hasPassed(CohortProgrammeProcess.TIMER_PLACEMENTS_UNTIL_HALFWAY, CohortProgrammeProcess.END_PLACEMENTS_LEFT)
                .hasNotPassed(CohortProgrammeProcess.TASK_SEND_PLACEMENTS).isWaitingAt(CohortProgrammeProcess.CALL_HALFWAY_SURVEY);
        assertThat(surveys.responseRate(programme.getId(), Survey.HALFWAY).invited()).isZero();
    }

    // --- the cohort's people ---

    /** Capacity 1 or 2; master's, doctoral or both; English, German, Finnish or some of them. */
    void makeMentors() {
        for (int i = 0; i < 20; i++) {
            String language = i % 5 == 2 ? "fi" : i % 5 == 4 ? "de" : "en";
            Person mentor = CohortJourney.named(people, people.mentor(i % 2 == 0 ? 1 : 2, language.equals("fi") ? "en" : language),
                    "Mentor" + two(i), "Walk");
            speaksOnly(mentor, language);
            if (i % 3 == 0 && !language.equals("de")) {
                mentor.getSpokenLanguages().add("de");
            }
            if (i % 5 == 1) {
                mentor.getSpokenLanguages().add("fi");
            }
            mentor.getMentoringLevels().addAll(mentorLevels(i));
            mentors.add(people.save(mentor));
        }
    }

    /** Every sixth a doctoral student; Finnish, German or English speakers. */
    void makeStudents() {
        for (int j = 0; j < 30; j++) {
            String language = j % 4 == 3 ? "fi" : j % 7 == 6 ? "de" : "en";
            Person student = CohortJourney.named(people, people.mentee(language.equals("fi") ? "en" : language), "Student" + two(j), "Walk");
            speaksOnly(student, language);
            students.add(people.save(student));
        }
    }

    /** The portal speaks English and German: a Finnish speaker reads it in English but speaks Finnish alone. */
    static void speaksOnly(Person person, String language) {
        person.getSpokenLanguages().clear();
        person.getSpokenLanguages().add(language);
    }

    static List<MentoringLevel> mentorLevels(int i) {
        return i == 18 ? List.of(MentoringLevel.DOCTORAL)
                : i == 19 ? List.of(MentoringLevel.MASTERS, MentoringLevel.DOCTORAL) : List.of(MentoringLevel.MASTERS);
    }

    static MentoringLevel studentLevel(int j) {
        return j % 6 == 5 ? MentoringLevel.DOCTORAL : MentoringLevel.MASTERS;
    }

    boolean englishMasters(int j) {
        return studentLevel(j) == MentoringLevel.MASTERS && students.get(j).getSpokenLanguages().equals(Set.of("en"));
    }

    void signUpMentor(Programme programme, int i) {
        Person mentor = mentors.get(i);
        List<String> languages = mentor.getSpokenLanguages().stream().sorted().toList();
        signUps.signUpMentor(programme, mentor.getId(), new CohortSignUps.MentorChoices(mentor.getCapacity(), mentorLevels(i), languages,
                i % 4 == 0 ? "Students who want to work in product management." : null));
    }

    Person mentor(int i) {
        return mentors.get(i);
    }

    Person student(int j) {
        return students.get(j);
    }

    int index(String studentId) {
        for (int j = 0; j < students.size(); j++) {
            if (students.get(j).getId().equals(studentId)) {
                return j;
            }
        }
        throw new AssertionError("not a student of the walk: " + studentId);
    }

    int mentorIndexOf(ProposedPair pair) {
        for (int i = 0; i < mentors.size(); i++) {
            if (mentors.get(i).getId().equals(pair.getMentorId())) {
                return i;
            }
        }
        throw new AssertionError("not a mentor of the walk: " + pair.getMentorId());
    }

    private static String two(int number) {
        return String.format("%02d", number);
    }

    // --- requests and mentorships ---

    Mentorship ask(Programme programme, int student, int mentor) {
        Mentorship request = requests.request(programme.getId(), student(student).getId(), mentor(mentor).getId(), "Would you mentor me?");
        assertThat(request.getState()).isEqualTo(MentorshipState.REQUESTED);
        mailToMentor(request);
        return request;
    }

    void mailToMentor(Mentorship request) {
        ProcessInstance process = MentorshipJourney.processOf(request);
        execute(job(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, process));
        assertThat(process).isWaitingAt(MentorshipProcess.TASK_REVIEW_REQUEST);
    }

    void accept(Mentorship request) {
        ProcessInstance process = MentorshipJourney.processOf(request);
        if (!managementService().createJobQuery().processInstanceId(process.getId()).activityId(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR).list().isEmpty()) {
            execute(job(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, process));
        }
        complete(task(process), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));
        execute(job(MentorshipProcess.TASK_MAIL_CONTACT_DETAILS, process));
        assertThat(mentorships.get(request.getId()).getState()).isEqualTo(MentorshipState.ACCEPTED);
    }

    void decline(Mentorship request) {
        ProcessInstance process = MentorshipJourney.processOf(request);
        if (!managementService().createJobQuery().processInstanceId(process.getId()).activityId(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR).list().isEmpty()) {
            execute(job(MentorshipProcess.TASK_MAIL_REQUEST_TO_MENTOR, process));
        }
        complete(task(process), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_DECLINE,
                MentorshipProcess.DECLINE_MESSAGE.name(), "I am sorry, my places are meant for someone else's field."));
        for (Job due : managementService().createJobQuery().processInstanceId(process.getId()).executable().list()) {
            managementService().executeJob(due.getId());
        }
        assertThat(mentorships.get(request.getId()).getState()).isEqualTo(MentorshipState.DECLINED);
    }

    /** The accepted pair writes and approves its agreement: the mentorship is ACTIVE. */
    void agree(Mentorship accepted) {
        ProcessInstance process = MentorshipJourney.processOf(accepted);
        ProcessInstance agreement = calledProcessInstance(MentorshipProcess.AGREEMENT_KEY, process);
        complete(task(agreement), MentorshipJourney.agreementTerms(5, "Find my way into working life in Finland."));
        execute(job(MentorshipProcess.TASK_MAIL_AGREEMENT_PROPOSAL, agreement));
        complete(task(agreement), withVariables(MentorshipProcess.AGREEMENT_DECISION.name(), "approve"));
        execute(job(MentorshipProcess.TASK_MAIL_MENTORSHIP_STARTED, agreement));
    }

    /** The student's one request in the cohort (sent by them, by the proposal or by a placement). */
    Mentorship requestOf(String studentId) {
        List<Mentorship> theirs = mentorships.of(studentId).stream().filter(m -> m.getState() == MentorshipState.REQUESTED).toList();
        assertThat(theirs).as("open requests of " + studentId).hasSize(1);
        return theirs.get(0);
    }

    List<Mentorship> mentorships(long programmeId, MentorshipState state) {
        return students.stream().flatMap(student -> mentorships.of(student.getId()).stream())
                .filter(m -> m.getProgramme().getId().equals(programmeId) && m.getState() == state)
                .collect(Collectors.toMap(Mentorship::getId, m -> m, (a, b) -> a, LinkedHashMap::new)).values().stream().toList();
    }

    List<Person> studentsWithMentor(long programmeId) {
        return students.stream().filter(student -> mentorships.of(student.getId()).stream()
                .anyMatch(m -> m.getProgramme().getId().equals(programmeId) && MentorshipState.OCCUPYING.contains(m.getState()))).toList();
    }

    // --- surveys ---

    List<Map<String, Object>> invitations(long programmeId, Survey survey) {
        return jdbc.queryForList("select id, person_id from survey_invitation where programme_id = ? and survey = ? order by id",
                programmeId, survey.name());
    }

    /** Each answers on their own page: the scale questions with 4, only the first text question. */
    void answer(long programmeId, Survey survey, List<Map<String, Object>> invitations) {
        List<Map<String, Object>> questions = jdbc.queryForList(
                "select id, kind from survey_question where programme_id = ? and survey = ? order by position", programmeId, survey.name());
        int n = 0;
        for (Map<String, Object> invitation : invitations) {
            Map<String, String> form = new LinkedHashMap<>();
            boolean textGiven = false;
            for (Map<String, Object> question : questions) {
                String field = "q" + question.get("id");
                if ("SCALE".equals(question.get("kind"))) {
                    if (n % 2 == 0) { // every other one leaves the scales out: partial answers
                        form.put(field, "4");
                    }
                } else if (!textGiven) {
                    form.put(field, "Meeting every month kept us going.");
                    textGiven = true;
                }
            }
            n++;
            HttpResponse<String> answered = BrowserSession.loggedIn(port, (String) invitation.get("person_id"), "secret")
                    .postForm("/surveys/" + invitation.get("id"), form);
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            assertThat(answered.body()).contains("Thank you! Your answers are saved.");
        }
    }

    /** The mails just sent are one survey reminder per invitation given, to its person, and nothing else. */
    void assertRemindedExactly(List<Map<String, Object>> unanswered) {
        List<String> expected = unanswered.stream().map(invitation -> personEmail((String) invitation.get("person_id"))).toList();
        List<ReceivedMail> mails = ReceivedMail.all(SMTP.getReceivedMessages());
        assertThat(mails).extracting(ReceivedMail::to).containsExactlyInAnyOrderElementsOf(expected);
        for (Map<String, Object> invitation : unanswered) {
            assertThat(mails).anySatisfy(mail -> assertThat(mail.text()).contains("http://mentorflow.test/surveys/" + invitation.get("id")));
        }
    }

    String personEmail(String personId) {
        return students.stream().filter(p -> p.getId().equals(personId)).findFirst()
                .or(() -> mentors.stream().filter(p -> p.getId().equals(personId)).findFirst())
                .map(Person::getEmail).orElseThrow(() -> new AssertionError("not of the walk: " + personId));
    }

    // --- pages ---

    /** The placements page's selects: student's public id to the preselected mentor's public id (null: none). */
    static Map<String, String> suggestions(String page) {
        Map<String, String> suggested = new LinkedHashMap<>();
        Matcher select = Pattern.compile("<select name=\"student\\.([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(page);
        while (select.find()) {
            Matcher chosen = Pattern.compile("value=\"([^\"]+)\"\\s+selected=\"selected\"").matcher(select.group(2));
            suggested.put(select.group(1), chosen.find() ? chosen.group(1) : null);
        }
        return suggested;
    }

    // --- mails ---

    static List<ReceivedMail> mailsTo(Person person) {
        return ReceivedMail.to(SMTP.getReceivedMessages(), person.getEmail());
    }

    static ReceivedMail only(Person person) {
        List<ReceivedMail> mails = mailsTo(person);
        assertThat(mails).as("mails to " + person.getDisplayName()).hasSize(1);
        return mails.get(0);
    }

    // --- the cohort's process tree ---

    /** The cohort's instance and every instance it called, still running. */
    static List<String> tree(ProcessInstance cohort) {
        List<String> ids = new ArrayList<>();
        Deque<String> next = new ArrayDeque<>(List.of(cohort.getId()));
        while (!next.isEmpty()) {
            String id = next.poll();
            ids.add(id);
            runtimeService().createProcessInstanceQuery().superProcessInstanceId(id).list().forEach(called -> next.add(called.getId()));
        }
        return ids;
    }

    /** As the job executor would at the engine clock's time, for this cohort's tree alone: every job due, until none is. */
    static void runDueJobs(ProcessInstance cohort) {
        for (int round = 0; round < 30; round++) {
            List<Job> due = tree(cohort).stream()
                    .flatMap(id -> managementService().createJobQuery().processInstanceId(id).executable().list().stream()).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs of " + cohort.getId() + " keep coming");
    }

    /** Nothing of the cohort is left: its instances (the calendar and the surveys it called) ended, no job, task or subscription. */
    static void assertNothingLeft(ProcessInstance cohort) {
        List<HistoricProcessInstance> ever = historyService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(cohort.getBusinessKey()).list().stream()
                .filter(instance -> Set.of(CohortProgrammeProcess.KEY, ProgrammeSurveyProcess.KEY).contains(instance.getProcessDefinitionKey()))
                .toList();
        assertThat(ever).extracting(HistoricProcessInstance::getProcessDefinitionKey)
                .containsExactlyInAnyOrder(CohortProgrammeProcess.KEY, ProgrammeSurveyProcess.KEY, ProgrammeSurveyProcess.KEY);
        for (HistoricProcessInstance instance : ever) {
            assertThat(instance.getEndTime()).as(instance.getProcessDefinitionKey() + " ended").isNotNull();
            assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).as("jobs").isZero();
            assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).as("tasks").isZero();
            assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(instance.getId()).count()).as("subscriptions").isZero();
        }
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(CohortProgrammeProcess.KEY)
                .processInstanceBusinessKey(cohort.getBusinessKey()).count()).isZero();
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ProgrammeSurveyProcess.KEY)
                .processInstanceBusinessKey(cohort.getBusinessKey()).count()).isZero();
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
