package org.mentorflow.programme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes programmes for the coordinators' admin area, each in one transaction with the engine's side of
 * the calendar: a new cohort starts its process, a changed cohort's process follows the new dates.
 */
@Service
class ProgrammeEditor {

    private final ProgrammeRepository programmes;
    private final ProgrammeCalendar calendar;
    private final EntityManager entityManager;
    private final Clock clock;

    ProgrammeEditor(ProgrammeRepository programmes, ProgrammeCalendar calendar, EntityManager entityManager, Clock clock) {
        this.programmes = programmes;
        this.calendar = calendar;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    Programme create(ProgrammeKind kind, ProgrammeForm.Values values) {
        Programme programme = new Programme(values.slug(), values.name(), kind, clock.instant());
        values.applyTo(programme);
        programme = programmes.saveAndFlush(programme);
        calendar.start(programme);
        return programme;
    }

    /**
     * Saves the form over the programme as it was when the form was opened ({@code version}); refused with
     * {@link StaleProgrammeException} when someone saved it since.
     */
    @Transactional
    Programme update(long id, int version, ProgrammeForm.Values values) {
        Programme programme = programmes.findById(id).orElseThrow(() -> new UnknownProgrammeException(String.valueOf(id)));
        if (programme.getVersion() != version) {
            throw new StaleProgrammeException(id);
        }
        values.applyTo(programme);
        // a moved briefing changes only its own row: the programme's version counts every edit all the same
        entityManager.lock(programme, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        programmes.flush();
        if (programme.isCohort()) {
            calendar.datesChanged(programme);
        }
        return programme;
    }
}
