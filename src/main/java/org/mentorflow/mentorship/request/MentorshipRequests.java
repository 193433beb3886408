package org.mentorflow.mentorship.request;

import static org.mentorflow.mentorship.request.RequestRefusedException.Reason.*;
import static org.mentorflow.programme.CalendarDays.day;
import static org.mentorflow.programme.CalendarDays.lastDay;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.MentorshipRepository;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.Refusals;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.AlumniAccess;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.programme.Window;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request stage seen from outside: a mentee asks a mentor, or takes the request back; the process records the
 * mentor's answer. Saving the mentorship and starting or messaging its process happen in one transaction. What
 * other features read of a mentorship, {@link Mentorships} answers.
 */
@Service
public class MentorshipRequests {

    /** A mentor holds at most this many unanswered requests unless a programme says otherwise (sources: "two at a time"). */
    public static final int MAX_OPEN_REQUESTS_PER_MENTOR = 2;
    /** Longest message to the mentor (the column's size). */
    public static final int MAX_MESSAGE_LENGTH = 4000;

    private final MentorshipRepository repository;
    private final Mentorships mentorships;
    private final PeopleService people;
    private final RuntimeService runtimeService;
    private final Programmes programmes;
    private final AlumniAccess alumniAccess;
    private final MessageSource messages;
    private final Refusals refusals;
    private final Clock clock;

    MentorshipRequests(MentorshipRepository repository, Mentorships mentorships, PeopleService people, RuntimeService runtimeService,
            Programmes programmes, AlumniAccess alumniAccess, MessageSource messages, Refusals refusals, Clock clock) {
        this.repository = repository;
        this.mentorships = mentorships;
        this.people = people;
        this.runtimeService = runtimeService;
        this.programmes = programmes;
        this.alumniAccess = alumniAccess;
        this.messages = messages;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** A request in the continuous programme, the one a mentee reaches from the mentor search. */
    @Transactional
    public Mentorship request(String menteeId, String mentorId, String message) {
        return request(programmes.continuous().getId(), menteeId, mentorId, message);
    }

    /**
     * Sends the mentee's request to the mentor in this programme and starts its process with the programme's rules,
     * or refuses with the rule it breaks. Both people are row-locked, so concurrent requests cannot overfill a mentor.
     */
    @Transactional
    public Mentorship request(long programmeId, String menteeId, String mentorId, String message) {
        return send(programmes.get(programmeId), menteeId, mentorId, message, true);
    }

    /**
     * A coordinator's placement or an accepted match proposal: the same request with the same rules, except that a
     * cohort's request window need not be open (students still without a mentor are placed after it closed).
     */
    @Transactional
    public Mentorship place(long programmeId, String menteeId, String mentorId, String message) {
        return send(programmes.get(programmeId), menteeId, mentorId, message, false);
    }

    private Mentorship send(Programme programme, String menteeId, String mentorId, String message, boolean windowApplies) {
        if (menteeId.equals(mentorId)) {
            throw refuse(SELF_REQUEST, "request.refused.self");
        }
        if (message != null && message.length() > MAX_MESSAGE_LENGTH) {
            throw refuse(TEXT_TOO_LONG, "request.refused.message-too-long", MAX_MESSAGE_LENGTH);
        }
        if (windowApplies) {
            checkWindow(programme);
        }
        // lock in a fixed order so two requests between the same people cannot deadlock
        Person first = people.lock(menteeId.compareTo(mentorId) < 0 ? menteeId : mentorId);
        Person second = people.lock(menteeId.compareTo(mentorId) < 0 ? mentorId : menteeId);
        Person mentee = first.getId().equals(menteeId) ? first : second;
        Person mentor = first.getId().equals(mentorId) ? first : second;
        checkMayRequest(programme, mentee, mentor);
        if (programme.isCohort() && programmes.candidate(programme.getId(), menteeId, CandidateRole.STUDENT).isEmpty()) {
            // a student's first request is their sign-up for the cohort
            programmes.saveCandidate(new Candidate(programme.getId(), menteeId, CandidateRole.STUDENT, null, List.of(), null,
                    clock.instant()));
        }

        Mentorship mentorship = repository.save(new Mentorship(programme, mentee, mentor, message, clock.instant()));
        VariableMap variables = Variables.createVariables();
        MentorshipProcess.MENTORSHIP_ID.put(variables, mentorship.getId());
        MentorshipProcess.PROGRAMME_ID.put(variables, programme.getId());
        MentorshipProcess.MENTEE_ID.put(variables, mentee.getId());
        MentorshipProcess.MENTOR_ID.put(variables, mentor.getId());
        MentorshipProcess.REQUEST_REMINDER_CYCLE.put(variables, programme.requestReminderCycle());
        MentorshipProcess.REQUEST_EXPIRES_AFTER.put(variables, programme.getRequestExpiresAfter());
        MentorshipProcess.AGREEMENT_REMINDER_CYCLE.put(variables, programme.agreementReminderCycle());
        MentorshipProcess.INACTIVITY_AFTER.put(variables, programme.getInactivityAfter());
        MentorshipProcess.DECLINE_MESSAGE.put(variables, standardDeclineText(mentee, mentor));
        runtimeService.createProcessInstanceByKey(MentorshipProcess.KEY)
                .businessKey(mentorship.getId().toString())
                .setVariables(variables)
                .execute();
        return mentorship;
    }

    /** A cohort takes requests only inside its window; the refusal names the dates. */
    private void checkWindow(Programme programme) {
        Window window = programme.requestWindow(clock.instant());
        if (window == Window.NOT_YET) {
            throw refuse(OUTSIDE_REQUEST_WINDOW, "request.refused.window-not-open", programme.getName(),
                    day(programme, programme.getRequestsOpenAt()), lastDay(programme, programme.getRequestsCloseAt()));
        }
        if (window == Window.CLOSED) {
            throw refuse(OUTSIDE_REQUEST_WINDOW, "request.refused.window-closed", programme.getName(),
                    lastDay(programme, programme.getRequestsCloseAt()));
        }
    }

    private void checkMayRequest(Programme programme, Person mentee, Person mentor) {
        if (!mentee.isMentee()) {
            throw refuse(NOT_A_MENTEE, "request.refused.not-a-mentee");
        }
        if (!mentor.isMentor()) {
            throw refuse(NOT_A_MENTOR, "request.refused.not-a-mentor", mentor.getDisplayName());
        }
        if (!mentee.isVisible()) {
            throw refuse(REQUESTER_DEACTIVATED, "request.refused.requester-deactivated");
        }
        if (!mentor.isVisible()) {
            // a deactivated mentor looks to others like one who is not available: the reason is theirs to keep
            throw refuse(MENTOR_UNAVAILABLE, "request.refused.mentor-unavailable", mentor.getDisplayName());
        }
        if (!mentee.hasCompleteApplication()) {
            throw refuse(APPLICATION_INCOMPLETE, "request.refused.application-incomplete");
        }
        if (programme.isAccessCodeRequired() && !alumniAccess.granted(mentee.getId())) {
            throw refuse(ACCESS_CODE_MISSING, "request.refused.access-code-missing", programme.getName());
        }
        if (repository.countByProgrammeIdAndMenteeIdAndState(programme.getId(), mentee.getId(), MentorshipState.REQUESTED)
                >= programme.getMaxOpenRequestsPerMentee()) {
            throw programme.getMaxOpenRequestsPerMentee() == 1 ? refuse(OPEN_REQUEST_EXISTS, "request.refused.open-request-exists")
                    : refuse(OPEN_REQUEST_EXISTS, "request.refused.open-requests-exist", programme.getMaxOpenRequestsPerMentee());
        }
        if (!mentor.isMentorVerified()) {
            throw refuse(MENTOR_NOT_VERIFIED, "request.refused.mentor-not-verified", mentor.getDisplayName());
        }
        if (!mentor.isAvailable()) {
            throw refuse(MENTOR_UNAVAILABLE, "request.refused.mentor-unavailable", mentor.getDisplayName());
        }
        if (repository.existsByMenteeIdAndMentorIdAndStateIn(mentee.getId(), mentor.getId(), MentorshipState.OCCUPYING)) {
            throw refuse(ALREADY_PAIRED, "request.refused.already-paired", mentor.getDisplayName());
        }
        if (programme.isCohort() && programmes.candidate(programme.getId(), mentor.getId(), CandidateRole.MENTOR).isEmpty()) {
            throw refuse(NOT_A_CANDIDATE, "request.refused.not-a-candidate", mentor.getDisplayName(), programme.getName());
        }
        if (mentorships.freePlaces(mentor, programme) <= 0) {
            throw refuse(MENTOR_FULL, "request.refused.mentor-full", mentor.getDisplayName());
        }
        if (repository.countByProgrammeIdAndMentorIdAndState(programme.getId(), mentor.getId(), MentorshipState.REQUESTED)
                >= programme.getMaxOpenRequestsPerMentor()) {
            throw refuse(MENTOR_HAS_TOO_MANY_REQUESTS, "request.refused.mentor-has-too-many-requests",
                    mentor.getDisplayName(), programme.getMaxOpenRequestsPerMentor());
        }
    }

    /** The mentee takes an open request back: the process ends it, tells the mentor and frees the slot. */
    @Transactional
    public void withdraw(long mentorshipId, String menteeId) {
        Mentorship mentorship = mentorships.get(mentorshipId);
        if (!mentorship.getMentee().getId().equals(menteeId)) {
            throw refuse(NOT_YOUR_REQUEST, "request.refused.not-your-request");
        }
        if (mentorship.getState() != MentorshipState.REQUESTED) {
            throw refuse(NO_LONGER_OPEN, "request.refused.no-longer-open", Refusals.state(mentorship.getState()));
        }
        try {
            runtimeService.createMessageCorrelation(MentorshipProcess.MESSAGE_REQUEST_WITHDRAWN)
                    .processInstanceBusinessKey(mentorship.getId().toString())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
            // the mentor answered or the request expired in the same moment: the state read above is stale
            throw refuse(NO_LONGER_OPEN, "request.refused.answered-meanwhile");
        }
    }

    /** Records the outcome of the request stage; called by the process. */
    @Transactional
    public Mentorship answer(long mentorshipId, MentorshipState outcome, String declineMessage) {
        Mentorship mentorship = mentorships.get(mentorshipId);
        if (outcome == MentorshipState.ACCEPTED) {
            people.lock(mentorship.getMentor().getId());
            if (mentorships.freePlaces(mentorship.getMentor(), mentorship.getProgramme()) <= 0) {
                throw refuse(MENTOR_FULL, "request.refused.accept-when-full");
            }
        }
        mentorship.answer(outcome, outcome == MentorshipState.DECLINED ? declineMessage : null, clock.instant());
        return mentorship;
    }

    private RequestRefusedException refuse(RequestRefusedException.Reason reason, String code, Object... arguments) {
        return new RequestRefusedException(reason, code, arguments, refusals.english(code, arguments));
    }

    private String standardDeclineText(Person mentee, Person mentor) {
        return messages.getMessage("request.decline.standard-text",
                new Object[] {mentee.getFirstName(), mentor.getFirstName()}, mentee.getLocale());
    }

}
