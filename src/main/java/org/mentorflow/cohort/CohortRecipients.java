package org.mentorflow.cohort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Audience;
import org.mentorflow.programme.Briefing;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.MentorInvitation;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who receives a cohort's mails, by the {@code to} of its mail steps. */
@Component
class CohortRecipients {

    /** The mentors the programme invites to sign up: past mentors or all verified ones ({@link MentorInvitation}). */
    static final String INVITED_MENTORS = "invited-mentors";
    /** Every mentee: the students the request window is open for. */
    static final String STUDENTS = "students";
    /** A briefing's audience: the cohort's students who have a mentor, or its mentor candidates. */
    static final String BRIEFING_AUDIENCE = "briefing-audience";

    private final CohortData data;
    private final Programmes programmes;
    private final PeopleService people;

    CohortRecipients(CohortData data, Programmes programmes, PeopleService people) {
        this.data = data;
        this.programmes = programmes;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public List<Person> of(String to, Programme programme, Briefing briefing) {
        return switch (to) {
            case INVITED_MENTORS -> programme.getMentorInvitation() == MentorInvitation.PAST_MENTORS ? data.pastMentors() : data.verifiedMentors();
            case STUDENTS -> data.mentees();
            case BRIEFING_AUDIENCE -> {
                if (briefing == null) {
                    throw new IllegalArgumentException("Recipients '" + to + "' only inside a briefing");
                }
                yield briefing.getAudience() == Audience.STUDENTS ? studentsWithMentor(programme) : mentorCandidates(programme);
            }
            default -> throw new IllegalArgumentException("Unknown recipients '" + to + "'");
        };
    }

    /** The cohort's students whose mentor accepted: the ones a students' briefing is for. */
    List<Person> studentsWithMentor(Programme programme) {
        Map<String, Person> students = new LinkedHashMap<>();
        for (Mentorship mentorship : data.mentorships(programme.getId(), MentorshipState.OCCUPYING)) {
            students.putIfAbsent(mentorship.getMentee().getId(), mentorship.getMentee());
        }
        return new ArrayList<>(students.values());
    }

    List<Person> mentorCandidates(Programme programme) {
        return programmes.candidates(programme.getId(), CandidateRole.MENTOR).stream()
                .map(candidate -> people.find(candidate.getPersonId()))
                .flatMap(java.util.Optional::stream)
                .filter(Person::isVisible)
                .toList();
    }
}
