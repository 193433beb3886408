package org.mentorflow.joining;

import static org.mentorflow.joining.JoiningRefusedException.Reason.*;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.Refusals;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.AlumniAccess;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.programme.Window;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a cohort: mentors sign up as candidates while its sign-up is open (their profile checked, then
 * capacity, levels, languages and preferences), change or withdraw it while it is open; students join from sign-up
 * until the request window closes. A student's first request signs them up too (MentorshipRequests), without a level;
 * joining here sets it. Every refusal is a {@link JoiningRefusedException}: a sentence in the reader's language.
 */
@Service
public class CohortSignUps {

    /** Longest preferences text (the column's size). */
    public static final int MAX_PREFERENCES_LENGTH = 1000;

    /** What a mentor chooses on the sign-up form; null or empty where nothing was chosen. */
    public record MentorChoices(Integer capacity, List<MentoringLevel> levels, List<String> languages, String preferences) {
    }

    private final Programmes programmes;
    private final PeopleService people;
    private final Mentorships mentorships;
    private final CandidateLanguages languages;
    private final NamedParameterJdbcTemplate jdbc;
    private final Refusals refusals;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    private final AlumniAccess alumni;

    CohortSignUps(Programmes programmes, PeopleService people, Mentorships mentorships, CandidateLanguages languages,
            NamedParameterJdbcTemplate jdbc, Refusals refusals, Clock clock, AlumniAccess alumni) {
        this.alumni = alumni;
        this.programmes = programmes;
        this.people = people;
        this.mentorships = mentorships;
        this.languages = languages;
        this.jdbc = jdbc;
        this.refusals = refusals;
        this.clock = clock;
    }

    // --- mentors ---

    /** Why this person's profile cannot sign up as a mentor candidate of the cohort, if it cannot; the window aside. */
    public Optional<JoiningRefusedException> mentorProfileProblem(Programme programme, Person person) {
        if (!person.isMentor()) {
            return Optional.of(refuse(NOT_A_MENTOR, "joining.refused.not-a-mentor"));
        }
        if (!person.isMentorVerified()) {
            return Optional.of(refuse(MENTOR_NOT_VERIFIED, "joining.refused.mentor-not-verified"));
        }
        if (person.getProfessionalBackground() == null || person.getProfessionalBackground().isBlank()) {
            return Optional.of(refuse(PROFILE_INCOMPLETE, "joining.refused.profile-incomplete"));
        }
        if (!programme.isNonAlumniMentorsWelcome() && !alumni.alumnus(person.getId())) {
            return Optional.of(refuse(ALUMNI_ONLY, "joining.refused.alumni-only", programme.getName()));
        }
        if (levelsOffered(programme, person).isEmpty()) {
            return Optional.of(refuse(NO_PROGRAMME_LEVEL, "joining.refused.no-programme-level", programme.getName()));
        }
        if (person.getSpokenLanguages().stream().noneMatch(programme.languageList()::contains)) {
            return Optional.of(refuse(NO_PROGRAMME_LANGUAGE, "joining.refused.no-programme-language", programme.getName()));
        }
        return Optional.empty();
    }

    /** The levels a mentor may offer in the cohort: those of the programme their profile mentors. */
    public List<MentoringLevel> levelsOffered(Programme programme, Person mentor) {
        return programme.mentorLevelList().stream().filter(mentor.getMentoringLevels()::contains).sorted().toList();
    }

    /** The languages a mentor may mentor in: those their profile speaks, the programme's first. */
    public List<String> languagesOffered(Programme programme, Person mentor) {
        Set<String> offered = new LinkedHashSet<>();
        programme.languageList().stream().filter(mentor.getSpokenLanguages()::contains).forEach(offered::add);
        mentor.getSpokenLanguages().stream().sorted().forEach(offered::add);
        return List.copyOf(offered);
    }

    /** Signs the mentor up for the cohort, or changes their sign-up; refuses with the first rule broken. */
    @Transactional
    public Candidate signUpMentor(Programme programme, String personId, MentorChoices choices) {
        checkSignUpOpen(programme);
        Person mentor = people.lock(personId);
        Optional<JoiningRefusedException> problem = mentorProfileProblem(programme, mentor);
        if (problem.isPresent()) {
            throw problem.get();
        }
        if (choices.capacity() == null || !programme.capacityChoiceList().contains(choices.capacity())) {
            throw refuse(INVALID_CHOICE, "joining.refused.capacity", programme.getName());
        }
        List<MentoringLevel> levels = distinct(choices.levels());
        if (levels.isEmpty() || !levelsOffered(programme, mentor).containsAll(levels)) {
            throw refuse(INVALID_CHOICE, "joining.refused.levels", programme.getName());
        }
        List<String> chosenLanguages = distinct(choices.languages());
        if (!mentor.getSpokenLanguages().containsAll(chosenLanguages)
                || chosenLanguages.stream().noneMatch(programme.languageList()::contains)) {
            throw refuse(INVALID_CHOICE, "joining.refused.languages", programme.getName());
        }
        String preferences = choices.preferences() == null || choices.preferences().isBlank() ? null : choices.preferences().strip();
        if (preferences != null && preferences.length() > MAX_PREFERENCES_LENGTH) {
            throw refuse(INVALID_CHOICE, "joining.refused.preferences-too-long", MAX_PREFERENCES_LENGTH);
        }
        long taken = occupied(programme, personId);
        if (choices.capacity() < taken) {
            throw refuse(INVALID_CHOICE, "joining.refused.capacity-below-taken", taken, programme.getName());
        }
        Candidate candidate = programmes.candidate(programme.getId(), personId, CandidateRole.MENTOR)
                .map(existing -> {
                    existing.change(choices.capacity(), levels, preferences);
                    return existing;
                })
                .orElseGet(() -> new Candidate(programme.getId(), personId, CandidateRole.MENTOR, choices.capacity(), levels,
                        preferences, clock.instant()));
        Candidate saved = programmes.saveCandidate(candidate);
        entityManager.flush(); // the languages' rows refer to the candidate's
        languages.replace(programme.getId(), personId, chosenLanguages);
        return saved;
    }

    /** Takes the mentor's sign-up back while sign-up is open and nobody has asked them in the cohort yet. */
    @Transactional
    public void withdrawMentor(Programme programme, String personId) {
        checkSignUpOpen(programme);
        people.lock(personId);
        if (programmes.candidate(programme.getId(), personId, CandidateRole.MENTOR).isEmpty()) {
            return;
        }
        boolean asked = mentorships.of(personId).stream().anyMatch(m -> inCohortAsMentor(m, programme, personId)
                && (m.getState() == MentorshipState.REQUESTED || MentorshipState.OCCUPYING.contains(m.getState())));
        if (asked) {
            throw refuse(HAS_MENTEES, "joining.refused.has-mentees", programme.getName());
        }
        // Programmes saves candidates but has no removal: the row goes, its languages with it (on delete cascade)
        jdbc.update("delete from programme_candidate where programme_id = :programme and person_id = :person and role = :role",
                new MapSqlParameterSource().addValue("programme", programme.getId()).addValue("person", personId)
                        .addValue("role", CandidateRole.MENTOR.name()));
    }

    /** Refuses unless the cohort's mentor sign-up is open now. */
    public void checkSignUpOpen(Programme programme) {
        checkCohort(programme);
        Window window = programme.signUp(clock.instant());
        if (window != Window.OPEN) {
            MessageSourceResolvable sentence = CohortDates.signUp(programme, window);
            throw refuse(window == Window.NOT_YET ? SIGN_UP_NOT_YET : SIGN_UP_CLOSED, sentence.getCodes()[0], sentence.getArguments());
        }
    }

    // --- students ---

    /** Why this person cannot join the cohort as a student, if they cannot; the window aside. */
    public Optional<JoiningRefusedException> studentProblem(Programme programme, Person person) {
        if (!person.isMentee()) {
            return Optional.of(refuse(NOT_A_MENTEE, "joining.refused.not-a-mentee"));
        }
        if (!person.hasCompleteApplication()) {
            return Optional.of(refuse(APPLICATION_INCOMPLETE, "joining.refused.application-incomplete", programme.getName()));
        }
        return Optional.empty();
    }

    /** The student joins the cohort at their level (or changes it); from sign-up until the request window closes. */
    @Transactional
    public Candidate join(Programme programme, String personId, MentoringLevel level) {
        checkJoinOpen(programme);
        Person student = people.lock(personId);
        Optional<JoiningRefusedException> problem = studentProblem(programme, student);
        if (problem.isPresent()) {
            throw problem.get();
        }
        if (level == null || !programme.mentorLevelList().contains(level)) {
            throw refuse(INVALID_CHOICE, "joining.refused.student-level");
        }
        Candidate candidate = programmes.candidate(programme.getId(), personId, CandidateRole.STUDENT)
                .map(existing -> {
                    existing.change(null, List.of(level), null);
                    return existing;
                })
                .orElseGet(() -> new Candidate(programme.getId(), personId, CandidateRole.STUDENT, null, List.of(level), null,
                        clock.instant()));
        return programmes.saveCandidate(candidate);
    }

    public void checkJoinOpen(Programme programme) {
        checkCohort(programme);
        Window window = programme.studentSignUp(clock.instant());
        if (window != Window.OPEN) {
            MessageSourceResolvable sentence = CohortDates.join(programme, window);
            throw refuse(window == Window.NOT_YET ? JOIN_NOT_YET : JOIN_CLOSED, sentence.getCodes()[0], sentence.getArguments());
        }
    }

    /** The level the student joined with; empty if they have not joined or joined by a request (no level then). */
    @Transactional(readOnly = true)
    public Optional<MentoringLevel> studentLevel(Programme programme, String personId) {
        return programmes.candidate(programme.getId(), personId, CandidateRole.STUDENT)
                .flatMap(candidate -> candidate.levelList().stream().findFirst());
    }

    /**
     * Refuses a request to a candidate who does not mentor the student's level (the list shows only those who do);
     * a student without a level yet may ask anyone.
     */
    public void checkLevelMentored(Programme programme, String studentId, String mentorId, String mentorName) {
        Optional<MentoringLevel> level = studentLevel(programme, studentId);
        Optional<Candidate> mentor = programmes.candidate(programme.getId(), mentorId, CandidateRole.MENTOR);
        if (level.isPresent() && mentor.isPresent() && !mentor.get().levelList().contains(level.get())) {
            throw refuse(LEVEL_NOT_MENTORED, "joining.refused.level-not-mentored", mentorName, programme.getName());
        }
    }

    private void checkCohort(Programme programme) {
        if (!programme.isCohort()) {
            throw refuse(NOT_A_COHORT, "joining.refused.not-a-cohort", programme.getName());
        }
    }

    /** Places the mentor fills in the cohort now: accepted or running mentorships. */
    private long occupied(Programme programme, String mentorId) {
        return mentorships.of(mentorId).stream()
                .filter(m -> inCohortAsMentor(m, programme, mentorId) && MentorshipState.OCCUPYING.contains(m.getState()))
                .count();
    }

    private static boolean inCohortAsMentor(Mentorship mentorship, Programme programme, String mentorId) {
        return mentorship.getProgramme().getId().equals(programme.getId()) && mentorship.getMentor().getId().equals(mentorId);
    }

    private static <T> List<T> distinct(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }

    private JoiningRefusedException refuse(JoiningRefusedException.Reason reason, String code, Object... arguments) {
        return new JoiningRefusedException(reason, code, arguments, refusals.english(code, arguments));
    }
}
