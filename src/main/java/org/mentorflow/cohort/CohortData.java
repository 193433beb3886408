package org.mentorflow.cohort;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.people.AccountStatus;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Briefing;
import org.mentorflow.programme.UnknownProgrammeException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the cohort's steps read across the features: whom to mail, a programme's mentorships, its briefings. */
@Component
class CohortData {

    private final EntityManager entities;

    CohortData(EntityManager entities) {
        this.entities = entities;
    }

    /** Mentors who mentored before: a mentorship that started (running or completed) in any programme. */
    @Transactional(readOnly = true)
    public List<Person> pastMentors() {
        return entities.createQuery("select distinct m.mentor from Mentorship m where m.state in :states"
                        + " and m.mentor.accountStatus in :visible", Person.class)
                .setParameter("states", List.of(MentorshipState.ACTIVE, MentorshipState.COMPLETED))
                .setParameter("visible", AccountStatus.VISIBLE)
                .getResultList().stream().sorted(java.util.Comparator.comparing(Person::getId)).toList();
    }

    /** Every verified mentor of the institution. */
    @Transactional(readOnly = true)
    public List<Person> verifiedMentors() {
        return entities.createQuery("select p from Person p where p.mentor = true and p.mentorVerified = true"
                        + " and p.accountStatus in :visible order by p.id", Person.class)
                .setParameter("visible", AccountStatus.VISIBLE)
                .getResultList();
    }

    /** Every mentee (student) with an account in use. */
    @Transactional(readOnly = true)
    public List<Person> mentees() {
        return entities.createQuery("select p from Person p where p.mentee = true and p.accountStatus in :visible order by p.id",
                        Person.class)
                .setParameter("visible", AccountStatus.VISIBLE)
                .getResultList();
    }

    /** The programme's mentorships in these states, oldest request first. */
    @Transactional(readOnly = true)
    public List<Mentorship> mentorships(long programmeId, Collection<MentorshipState> states) {
        return entities.createQuery("select m from Mentorship m where m.programme.id = :programme and m.state in :states"
                        + " order by m.requestedAt, m.id", Mentorship.class)
                .setParameter("programme", programmeId)
                .setParameter("states", states)
                .getResultList();
    }

    @Transactional(readOnly = true)
    public Briefing briefing(long briefingId) {
        Briefing briefing = entities.find(Briefing.class, briefingId);
        if (briefing == null) {
            throw new UnknownProgrammeException("briefing " + briefingId);
        }
        return briefing;
    }

    /** The programme's briefings' ids, the earliest first. */
    @Transactional(readOnly = true)
    public List<Long> briefingIds(long programmeId) {
        return entities.createQuery("select b.id from Briefing b where b.programme.id = :programme order by b.startsAt, b.id", Long.class)
                .setParameter("programme", programmeId)
                .getResultList();
    }
}
