package org.mentorflow.mentorship;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentorships as the other features read them: one by id, a person's, the public counters, a mentor's free
 * places. Only reads; what changes a mentorship belongs to its stages (request, agreement, meeting, lifecycle).
 */
@Service
public class Mentorships {

    private final MentorshipRepository mentorships;
    private final Programmes programmes;

    Mentorships(MentorshipRepository mentorships, Programmes programmes) {
        this.mentorships = mentorships;
        this.programmes = programmes;
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

    /**
     * One page of the mentorships in these states, newest first, of one programme or (programme null) of all: the
     * coordinators' list, which grows to hundreds per programme.
     */
    @Transactional(readOnly = true)
    public Page<Mentorship> page(Long programmeId, Collection<MentorshipState> states, int page, int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id"));
        return programmeId == null
                ? mentorships.findByStateIn(states, request)
                : mentorships.findByProgrammeIdAndStateIn(programmeId, states, request);
    }

    /** These mentorships, as far as they exist (ids from the engine's business keys, say). */
    @Transactional(readOnly = true)
    public List<Mentorship> all(Collection<Long> ids) {
        return mentorships.findAllById(ids);
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

    /** Places the mentor has left in the continuous programme, the one the mentor search lists. */
    @Transactional(readOnly = true)
    public long freePlaces(Person mentor) {
        return freePlaces(mentor, programmes.continuous());
    }

    /**
     * Places the mentor has left in a programme: the capacity they offer there (a cohort's sign-up, else the
     * profile's) minus the programme's mentorships that occupy a place. Each programme counts its own.
     */
    @Transactional(readOnly = true)
    public long freePlaces(Person mentor, Programme programme) {
        int capacity = programme.isCohort()
                ? programmes.candidate(programme.getId(), mentor.getId(), CandidateRole.MENTOR).map(Candidate::getCapacity).orElse(0)
                : mentor.getCapacity();
        return capacity - mentorships.countByProgrammeIdAndMentorIdAndStateIn(programme.getId(), mentor.getId(),
                MentorshipState.OCCUPYING);
    }

    /** Whether the two may see each other's contact details: only once the mentor has accepted. */
    public static boolean contactShared(Mentorship mentorship) {
        return EnumSet.of(MentorshipState.ACCEPTED, MentorshipState.ACTIVE, MentorshipState.COMPLETED)
                .contains(mentorship.getState());
    }
}
