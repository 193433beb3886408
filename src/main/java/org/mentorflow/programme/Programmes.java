package org.mentorflow.programme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes of this installation and who signed up for which cohort. Other features read a programme's rules
 * here; changing a programme is the coordinators' admin area's job.
 */
@Service
public class Programmes {

    /** The continuous programme V12 created from the installation's settings. */
    public static final String CONTINUOUS_SLUG = "alumni-mentoring";

    private final ProgrammeRepository programmes;
    private final CandidateRepository candidates;

    Programmes(ProgrammeRepository programmes, CandidateRepository candidates) {
        this.programmes = programmes;
        this.candidates = candidates;
    }

    @Transactional(readOnly = true)
    public Programme get(long id) {
        return programmes.findById(id).orElseThrow(() -> new UnknownProgrammeException(String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public Optional<Programme> find(String slug) {
        return programmes.findBySlug(slug);
    }

    /** The programme requests go to when nobody names one: the first continuous programme. */
    @Transactional(readOnly = true)
    public Programme continuous() {
        return programmes.findBySlug(CONTINUOUS_SLUG)
                .or(() -> programmes.findFirstByKindOrderByIdAsc(ProgrammeKind.CONTINUOUS))
                .orElseThrow(() -> new UnknownProgrammeException(CONTINUOUS_SLUG));
    }

    @Transactional(readOnly = true)
    public List<Programme> all() {
        return programmes.findAllByOrderByIdAsc();
    }

    /**
     * A new programme, not yet saved, with the continuous programme's rules, languages and time zone: what a
     * coordinator starts from.
     */
    @Transactional(readOnly = true)
    public Programme draft(String slug, String name, ProgrammeKind kind, Instant now) {
        Programme rules = continuous();
        Programme draft = new Programme(slug, name, kind, now);
        draft.setLanguageList(rules.languageList());
        draft.setTimeZone(rules.getTimeZone());
        draft.setMaxOpenRequestsPerMentee(rules.getMaxOpenRequestsPerMentee());
        draft.setMaxOpenRequestsPerMentor(rules.getMaxOpenRequestsPerMentor());
        draft.setCapacityChoiceList(rules.capacityChoiceList());
        draft.setRequestReminderAfter(rules.getRequestReminderAfter());
        draft.setRequestReminders(rules.getRequestReminders());
        draft.setRequestExpiresAfter(rules.getRequestExpiresAfter());
        draft.setAgreementReminderAfter(rules.getAgreementReminderAfter());
        draft.setAgreementReminders(rules.getAgreementReminders());
        draft.setInactivityAfter(rules.getInactivityAfter());
        draft.setNonAlumniMentorsWelcome(rules.isNonAlumniMentorsWelcome());
        draft.setMentorLevelList(rules.mentorLevelList());
        draft.setAccessCodeRequired(rules.isAccessCodeRequired());
        draft.setCoordinatorGroup(rules.getCoordinatorGroup());
        if (kind == ProgrammeKind.COHORT) {
            draft.setSurveyReminderAfter("P7D");
        }
        return draft;
    }

    @Transactional
    public Programme save(Programme programme) {
        return programmes.save(programme);
    }

    @Transactional(readOnly = true)
    public Optional<Candidate> candidate(long programmeId, String personId, CandidateRole role) {
        return candidates.findById(new Candidate.Key(programmeId, personId, role));
    }

    @Transactional(readOnly = true)
    public List<Candidate> candidates(long programmeId, CandidateRole role) {
        return candidates.findByProgrammeIdAndRoleOrderBySignedUpAtAsc(programmeId, role);
    }

    @Transactional(readOnly = true)
    public List<Candidate> signUpsOf(String personId) {
        return candidates.findByPersonId(personId);
    }

    @Transactional
    public Candidate saveCandidate(Candidate candidate) {
        return candidates.save(candidate);
    }
}
