package org.mentorflow.mentorship;

import static org.mentorflow.mentorship.RequestRefusedException.Reason.*;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request stage seen from outside: a mentee asks a mentor, or takes the request back. Saving the
 * mentorship and starting or messaging its process happen in one transaction.
 */
@Service
public class MentorshipRequests {

    /** A mentor holds at most this many unanswered requests (sources: "at most two open requests"). */
    public static final int MAX_OPEN_REQUESTS_PER_MENTOR = 2;

    private final MentorshipRepository mentorships;
    private final PeopleService people;
    private final RuntimeService runtimeService;
    private final RequestSettings settings;
    private final AgreementSettings agreementSettings;
    private final ActivitySettings activitySettings;
    private final MessageSource messages;

    MentorshipRequests(MentorshipRepository mentorships, PeopleService people, RuntimeService runtimeService,
            RequestSettings settings, AgreementSettings agreementSettings, ActivitySettings activitySettings,
            MessageSource messages) {
        this.mentorships = mentorships;
        this.people = people;
        this.runtimeService = runtimeService;
        this.settings = settings;
        this.agreementSettings = agreementSettings;
        this.activitySettings = activitySettings;
        this.messages = messages;
    }

    /**
     * Sends the mentee's request to the mentor and starts its process, or refuses with the rule it breaks.
     * Both people are row-locked, so concurrent requests cannot overfill a mentor.
     */
    @Transactional
    public Mentorship request(String menteeId, String mentorId, String message) {
        if (menteeId.equals(mentorId)) {
            throw new RequestRefusedException(SELF_REQUEST, "You cannot request yourself as your mentor.");
        }
        // lock in a fixed order so two requests between the same people cannot deadlock
        Person first = people.lock(menteeId.compareTo(mentorId) < 0 ? menteeId : mentorId);
        Person second = people.lock(menteeId.compareTo(mentorId) < 0 ? mentorId : menteeId);
        Person mentee = first.getId().equals(menteeId) ? first : second;
        Person mentor = first.getId().equals(mentorId) ? first : second;
        checkMayRequest(mentee, mentor);

        Mentorship mentorship = mentorships.save(new Mentorship(mentee, mentor, message, now()));
        runtimeService.createProcessInstanceByKey(MentorshipProcess.KEY)
                .businessKey(mentorship.getId().toString())
                .setVariables(Variables.createVariables()
                        .putValue(MentorshipProcess.MENTORSHIP_ID, mentorship.getId())
                        .putValue(MentorshipProcess.MENTEE_ID, mentee.getId())
                        .putValue(MentorshipProcess.MENTOR_ID, mentor.getId())
                        .putValue(MentorshipProcess.REQUEST_REMINDER_CYCLE, settings.reminderCycle())
                        .putValue(MentorshipProcess.REQUEST_EXPIRES_AFTER, settings.expiresAfter())
                        .putValue(MentorshipProcess.AGREEMENT_REMINDER_CYCLE, agreementSettings.reminderCycle())
                        .putValue(MentorshipProcess.INACTIVITY_AFTER, activitySettings.inactivityAfter())
                        .putValue(MentorshipProcess.DECLINE_MESSAGE, standardDeclineText(mentee, mentor)))
                .execute();
        return mentorship;
    }

    private void checkMayRequest(Person mentee, Person mentor) {
        if (!mentee.isMentee()) {
            throw new RequestRefusedException(NOT_A_MENTEE, "Only mentees can request a mentorship; choose the mentee role in your profile first.");
        }
        if (!mentor.isMentor()) {
            throw new RequestRefusedException(NOT_A_MENTOR, mentor.getDisplayName() + " is not a mentor.");
        }
        if (!mentee.isVisible()) {
            throw new RequestRefusedException(REQUESTER_DEACTIVATED, "Your account is deactivated, so you cannot send requests; log in again to restore it.");
        }
        if (!mentor.isVisible()) {
            // a deactivated mentor looks to others like one who is not available: the reason is theirs to keep
            throw new RequestRefusedException(MENTOR_UNAVAILABLE, mentor.getDisplayName() + " is not available for mentorships at the moment.");
        }
        if (!mentee.hasCompleteApplication()) {
            throw new RequestRefusedException(APPLICATION_INCOMPLETE, "Your application is incomplete: fill in \"my data\", \"my current situation\", \"my goals\" and \"what help I wish for\" before you request a mentor.");
        }
        if (mentorships.existsByMenteeIdAndState(mentee.getId(), MentorshipState.REQUESTED)) {
            throw new RequestRefusedException(OPEN_REQUEST_EXISTS, "You already have an open request. Wait for the answer or withdraw it before you ask another mentor.");
        }
        if (!mentor.isMentorVerified()) {
            throw new RequestRefusedException(MENTOR_NOT_VERIFIED, mentor.getDisplayName() + " is not verified as a mentor yet.");
        }
        if (!mentor.isAvailable()) {
            throw new RequestRefusedException(MENTOR_UNAVAILABLE, mentor.getDisplayName() + " is not available for mentorships at the moment.");
        }
        if (mentorships.existsByMenteeIdAndMentorIdAndStateIn(mentee.getId(), mentor.getId(), MentorshipState.OCCUPYING)) {
            throw new RequestRefusedException(ALREADY_PAIRED, "You already have a mentorship with " + mentor.getDisplayName() + ".");
        }
        if (freePlaces(mentor) <= 0) {
            throw new RequestRefusedException(MENTOR_FULL, mentor.getDisplayName() + " has no free place for another mentee right now.");
        }
        if (mentorships.countByMentorIdAndState(mentor.getId(), MentorshipState.REQUESTED) >= MAX_OPEN_REQUESTS_PER_MENTOR) {
            throw new RequestRefusedException(MENTOR_HAS_TOO_MANY_REQUESTS, mentor.getDisplayName() + " already has " + MAX_OPEN_REQUESTS_PER_MENTOR + " open requests; try again later or choose another mentor.");
        }
    }

    /** Places the mentor has left: capacity minus mentorships that occupy a place. */
    @Transactional(readOnly = true)
    public long freePlaces(Person mentor) {
        return mentor.getCapacity() - mentorships.countByMentorIdAndStateIn(mentor.getId(), MentorshipState.OCCUPYING);
    }

    /** The mentee takes an open request back: the process ends it, tells the mentor and frees the slot. */
    @Transactional
    public void withdraw(long mentorshipId, String menteeId) {
        Mentorship mentorship = get(mentorshipId);
        if (!mentorship.getMentee().getId().equals(menteeId)) {
            throw new RequestRefusedException(NOT_YOUR_REQUEST, "Only the mentee who sent a request can withdraw it.");
        }
        if (mentorship.getState() != MentorshipState.REQUESTED) {
            throw noLongerOpen(mentorship);
        }
        try {
            runtimeService.createMessageCorrelation(MentorshipProcess.MESSAGE_REQUEST_WITHDRAWN)
                    .processInstanceBusinessKey(mentorship.getId().toString())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
            // the mentor answered or the request expired in the same moment
            throw noLongerOpen(mentorship);
        }
    }

    private static RequestRefusedException noLongerOpen(Mentorship mentorship) {
        return new RequestRefusedException(NO_LONGER_OPEN, "This request is no longer open (it is "
                + mentorship.getState().name().toLowerCase() + "). Reload the page to see its current state.");
    }

    @Transactional(readOnly = true)
    public Mentorship get(long mentorshipId) {
        return mentorships.findById(mentorshipId)
                .orElseThrow(() -> new IllegalArgumentException("There is no mentorship " + mentorshipId + "."));
    }

    /** Every mentorship the person takes part in, as mentee or mentor, newest first. */
    @Transactional(readOnly = true)
    public List<Mentorship> of(String personId) {
        return mentorships.findByMenteeIdOrMentorIdOrderByRequestedAtDesc(personId, personId);
    }

    /** For the public counters: mentorships under way (accepted or started) and completed ones. */
    @Transactional(readOnly = true)
    public long countRunning() {
        return mentorships.countByStateIn(MentorshipState.OCCUPYING);
    }

    @Transactional(readOnly = true)
    public long countCompleted() {
        return mentorships.countByStateIn(EnumSet.of(MentorshipState.COMPLETED));
    }

    /** Whether the two may see each other's contact details: only once the mentor has accepted. */
    public static boolean contactShared(Mentorship mentorship) {
        return EnumSet.of(MentorshipState.ACCEPTED, MentorshipState.ACTIVE, MentorshipState.COMPLETED)
                .contains(mentorship.getState());
    }

    /** Records the outcome of the request stage; called by the process. */
    @Transactional
    public Mentorship answer(long mentorshipId, MentorshipState outcome, String declineMessage) {
        Mentorship mentorship = get(mentorshipId);
        if (outcome == MentorshipState.ACCEPTED) {
            people.lock(mentorship.getMentor().getId());
            if (freePlaces(mentorship.getMentor()) <= 0) {
                throw new RequestRefusedException(MENTOR_FULL, "You have no free place for another mentee: decline this request, or finish a mentorship first.");
            }
        }
        mentorship.answer(outcome, outcome == MentorshipState.DECLINED ? declineMessage : null, now());
        return mentorship;
    }

    private String standardDeclineText(Person mentee, Person mentor) {
        return messages.getMessage("request.decline.standard-text",
                new Object[] {mentee.getFirstName(), mentor.getFirstName()}, mentee.getLocale());
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

}
