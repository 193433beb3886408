package org.mentorflow.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.FieldOfStudy;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Candidate;
import org.mentorflow.programme.CandidateRole;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cohort's match proposal: for the students still without a mentor (no open request, no accepted or active
 * mentorship in the cohort) and the mentor candidates with room, the student-optimal stable matching over who may
 * be paired, every pair with its reasons; stored as rows, reviewed by a coordinator, then sent as requests that the
 * mentors accept or decline as usual.
 *
 * <p>A mentor's room in a proposal is their free places in the cohort minus their open requests, and no more than
 * keeps their open requests within the programme's limit: every pair sent is one more open request.
 */
@Service
public class MatchProposals {

    private static final Logger log = LoggerFactory.getLogger(MatchProposals.class);

    private final Programmes programmes;
    private final PeopleService people;
    private final Mentorships mentorships;
    private final MentorshipRequests requests;
    private final StudentChoiceRepository choices;
    private final MatchProposalRepository proposals;
    private final MessageSource messages;
    private final Clock clock;

    MatchProposals(Programmes programmes, PeopleService people, Mentorships mentorships, MentorshipRequests requests,
            StudentChoiceRepository choices, MatchProposalRepository proposals, MessageSource messages, Clock clock) {
        this.programmes = programmes;
        this.people = people;
        this.mentorships = mentorships;
        this.requests = requests;
        this.choices = choices;
        this.proposals = proposals;
        this.messages = messages;
        this.clock = clock;
    }

    /** Computes the cohort's proposal now and stores it, under review. */
    @Transactional
    public MatchProposal propose(long programmeId, String processInstanceId) {
        MatchPool pool = pool(programmeId);
        MatchProposal proposal = new MatchProposal(programmeId, processInstanceId, clock.instant());
        pool.propose().forEach(row -> proposal.add(row.studentId(), row.mentorId(), row.studentRank(), row.reasons()));
        MatchProposal saved = proposals.save(proposal);
        log.info("Match proposal {} for programme {}: {} of {} students matched", saved.getId(), programmeId,
                saved.matched().size(), saved.getPairs().size());
        return saved;
    }

    /** The cohort now, as a proposal would see it, with the stable matching's suggestion per student; nothing stored. */
    @Transactional(readOnly = true)
    public Unplaced unplaced(long programmeId) {
        MatchPool pool = pool(programmeId);
        Map<String, MatchPool.Row> rows = new LinkedHashMap<>();
        pool.propose().forEach(row -> rows.put(row.studentId(), row));
        List<Unplaced.Student> students = pool.students().stream().map(student -> {
            MatchPool.Row row = rows.get(student.id());
            Person mentor = row.mentorId() == null ? null : pool.mentor(row.mentorId()).orElseThrow().person();
            return new Unplaced.Student(student.person(), student.profile().level(), mentor, row.reasons());
        }).toList();
        List<Unplaced.Mentor> mentors = pool.mentors().stream()
                .map(mentor -> new Unplaced.Mentor(mentor.person(), List.copyOf(mentor.profile().levels()), mentor.room()))
                .toList();
        return new Unplaced(students, mentors);
    }

    @Transactional(readOnly = true)
    public MatchProposal get(long proposalId) {
        return proposals.findById(proposalId)
                .orElseThrow(() -> new IllegalArgumentException("There is no match proposal " + proposalId + "."));
    }

    /** The cohort's latest proposal, if any. */
    @Transactional(readOnly = true)
    public Optional<MatchProposal> latest(long programmeId) {
        return proposals.findFirstByProgrammeIdOrderByCreatedAtDescIdDesc(programmeId);
    }

    /** The cohort as a proposal sees it now. */
    @Transactional(readOnly = true)
    MatchPool pool(long programmeId) {
        Programme programme = programmes.get(programmeId);
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        choices.findByProgrammeIdOrderByStudentIdAscRankAsc(programmeId).forEach(choice ->
                chosen.computeIfAbsent(choice.getStudentId(), id -> new ArrayList<>()).add(choice.getMentorId()));
        Set<String> pairedBefore = new HashSet<>();

        List<MatchPool.Student> students = new ArrayList<>();
        for (Candidate candidate : programmes.candidates(programmeId, CandidateRole.STUDENT)) {
            Person student = people.find(candidate.getPersonId()).orElse(null);
            if (student == null || !student.isVisible()) {
                continue;
            }
            List<Mentorship> theirs = mentorships.of(student.getId());
            boolean placed = theirs.stream().anyMatch(m -> m.getProgramme().getId().equals(programmeId)
                    && m.getMentee().getId().equals(student.getId()) && MentorshipState.OPEN.contains(m.getState()));
            if (placed) {
                continue;
            }
            theirs.stream().filter(m -> MentorshipState.OCCUPYING.contains(m.getState()))
                    .forEach(m -> pairedBefore.add(m.getMentee().getId() + ":" + m.getMentor().getId()));
            MentoringLevel level = candidate.levelList().isEmpty() ? MentoringLevel.MASTERS : candidate.levelList().get(0);
            students.add(new MatchPool.Student(student, studentProfile(student, level),
                    student.isMentee() && student.hasCompleteApplication(), chosen.getOrDefault(student.getId(), List.of())));
        }

        List<MatchPool.Mentor> mentors = new ArrayList<>();
        for (Candidate candidate : programmes.candidates(programmeId, CandidateRole.MENTOR)) {
            Person mentor = people.find(candidate.getPersonId()).orElse(null);
            if (mentor == null || !mentor.isMentor() || !mentor.isVisible() || !mentor.isAvailable() || !mentor.isMentorVerified()) {
                continue;
            }
            int room = room(mentor, programme);
            if (room > 0) {
                Set<MentoringLevel> levels = new LinkedHashSet<>(candidate.levelList().isEmpty()
                        ? mentor.getMentoringLevels() : candidate.levelList());
                mentors.add(new MatchPool.Mentor(mentor, mentorProfile(mentor, levels, candidate.getPreferences()), room));
            }
        }
        return new MatchPool(programme, List.copyOf(students), List.copyOf(mentors), Set.copyOf(pairedBefore));
    }

    /** How many more requests a proposal may send the mentor now. */
    private int room(Person mentor, Programme programme) {
        long open = openRequests(mentor.getId(), programme.getId());
        long free = mentorships.freePlaces(mentor, programme) - open;
        long belowLimit = programme.getMaxOpenRequestsPerMentor() - open;
        return (int) Math.max(0, Math.min(free, belowLimit));
    }

    private long openRequests(String mentorId, long programmeId) {
        return mentorships.of(mentorId).stream().filter(m -> m.getProgramme().getId().equals(programmeId)
                && m.getMentor().getId().equals(mentorId) && m.getState() == MentorshipState.REQUESTED).count();
    }

    /**
     * What is wrong with these adjusted pairs (studentId to mentorId) now: a student who meanwhile has a mentor or
     * request, a mentor who no longer accepts the student, a mentor given more students than their room. Empty: all
     * may be sent.
     */
    @Transactional(readOnly = true)
    public List<MessageSourceResolvable> problemsWith(long programmeId, Map<String, String> mentorOf) {
        MatchPool pool = pool(programmeId);
        List<MessageSourceResolvable> problems = new ArrayList<>();
        Map<String, List<MatchPool.Student>> given = new LinkedHashMap<>();
        mentorOf.forEach((studentId, mentorId) -> {
            Optional<MatchPool.Student> student = pool.student(studentId);
            Optional<MatchPool.Mentor> mentor = pool.mentor(mentorId);
            if (student.isEmpty()) {
                problems.add(problem("matching.refused.student-placed", name(mentorId), name(studentId)));
            } else if (mentor.isEmpty()) {
                problems.add(problem("matching.refused.mentor-no-room", name(mentorId), name(studentId)));
            } else if (!pool.acceptable(student.get(), mentor.get())) {
                problems.add(problem("matching.refused.not-acceptable", name(mentorId), name(studentId)));
            } else {
                given.computeIfAbsent(mentorId, id -> new ArrayList<>()).add(student.get());
            }
        });
        given.forEach((mentorId, students) -> {
            int room = pool.mentor(mentorId).map(MatchPool.Mentor::room).orElse(0);
            if (students.size() > room) {
                problems.add(problem("matching.refused.over-room", name(mentorId), room, students.size(),
                        students.stream().map(s -> s.person().getFullName()).collect(Collectors.joining(", "))));
            }
        });
        return problems;
    }

    /**
     * Sends the reviewed proposal: a request for each accepted pair ({@code acceptedPairs} as the coordinator
     * adjusted them, or, when absent, the proposal's own pairs), with a standard message in the student's language.
     * A pair the request rules no longer allow (the mentor filled up meanwhile) is recorded as refused and skipped; a
     * pair requested before (the step ran again) is skipped. Discarding sends nothing.
     */
    @Transactional
    public MatchProposal send(long proposalId, String decision, String acceptedPairs) {
        MatchProposal proposal = get(proposalId);
        if (proposal.getStatus() != MatchProposal.Status.UNDER_REVIEW) {
            return proposal;
        }
        if (!MatchProposalProcess.SEND.equals(decision)) {
            proposal.getPairs().forEach(pair -> pair.record(ProposedPair.Outcome.NOT_SENT, null));
            proposal.decide(MatchProposal.Status.DISCARDED, clock.instant());
            return proposals.save(proposal);
        }
        Map<String, String> accepted = acceptedPairs == null ? proposal.matched().stream()
                .collect(Collectors.toMap(ProposedPair::getStudentId, ProposedPair::getMentorId, (a, b) -> a, LinkedHashMap::new))
                : AcceptedPairs.parse(acceptedPairs);
        long programmeId = proposal.getProgrammeId();
        // what may have changed since the review, read as the proposal reads it: a refusal inside the request rules
        // would doom the whole step's transaction, so such pairs are recorded and skipped here instead
        MatchPool pool = pool(programmeId);
        Map<String, Integer> sentTo = new LinkedHashMap<>();
        for (ProposedPair pair : proposal.getPairs()) {
            String mentorId = accepted.remove(pair.getStudentId());
            pair.accept(mentorId);
            if (mentorId == null) {
                pair.record(ProposedPair.Outcome.NOT_SENT, null);
            } else if (sendOne(pool, pair, mentorId, sentTo.getOrDefault(mentorId, 0))) {
                sentTo.merge(mentorId, 1, Integer::sum);
            }
        }
        if (!accepted.isEmpty()) {
            log.warn("Match proposal {}: accepted pairs for students it did not look at, ignored: {}", proposalId, accepted);
        }
        proposal.decide(MatchProposal.Status.SENT, clock.instant());
        return proposals.save(proposal);
    }

    /** Sends one accepted pair unless it went out before or no longer may; whether a request went out now. */
    private boolean sendOne(MatchPool pool, ProposedPair pair, String mentorId, int sentBefore) {
        Programme programme = pool.programme();
        String studentId = pair.getStudentId();
        boolean requestedBefore = mentorships.of(studentId).stream().anyMatch(m -> m.getProgramme().getId().equals(programme.getId())
                && m.getMentee().getId().equals(studentId) && m.getMentor().getId().equals(mentorId)
                && (m.getState() == MentorshipState.REQUESTED || MentorshipState.OCCUPYING.contains(m.getState())));
        if (requestedBefore) {
            pair.record(ProposedPair.Outcome.ALREADY_REQUESTED, null);
            return false;
        }
        Optional<MatchPool.Student> student = pool.student(studentId);
        Optional<MatchPool.Mentor> mentor = pool.mentor(mentorId).filter(m -> m.room() > sentBefore);
        String refusal = student.isEmpty() ? "matching.refused.student-placed"
                : mentor.isEmpty() ? "matching.refused.mentor-no-room"
                : !pool.acceptable(student.get(), mentor.get()) ? "matching.refused.not-acceptable" : null;
        if (refusal != null) {
            String detail = messages.getMessage(problem(refusal, name(mentorId), name(studentId)), Locale.ENGLISH);
            log.info("Match proposal pair {}: {} to {} not sent: {}", pair.getId(), studentId, mentorId, detail);
            pair.record(ProposedPair.Outcome.REFUSED, detail);
            return false;
        }
        Person studentPerson = student.get().person();
        Person mentorPerson = mentor.get().person();
        String message = messages.getMessage("matching.request.message",
                new Object[] {mentorPerson.getFirstName(), programme.getName(), studentPerson.getFirstName()},
                studentPerson.getLocale());
        requests.place(programme.getId(), studentId, mentorId, message);
        pair.record(ProposedPair.Outcome.SENT, null);
        return true;
    }

    private static MessageSourceResolvable problem(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
    }

    /** A person's full name for the coordinator, or the id of someone no longer there. */
    String name(String personId) {
        return people.find(personId).map(Person::getFullName).orElse(personId);
    }

    private static PairFit.StudentProfile studentProfile(Person student, MentoringLevel level) {
        return new PairFit.StudentProfile(student.getId(), level, new TreeSet<>(student.getSpokenLanguages()),
                fieldNames(student), categories(student), student.getLocation(),
                PairFit.words(fieldNames(student).toString(), categories(student).toString(), student.getGoals(),
                        student.getHelpWished(), student.getCurrentSituation(), student.getMyData()));
    }

    private static PairFit.MentorProfile mentorProfile(Person mentor, Set<MentoringLevel> levels, String preferences) {
        return new PairFit.MentorProfile(mentor.getId(), levels, new TreeSet<>(mentor.getSpokenLanguages()),
                fieldNames(mentor), categories(mentor), mentor.getLocation(), PairFit.words(preferences));
    }

    private static Set<String> fieldNames(Person person) {
        return person.getFieldsOfStudy().stream().map(FieldOfStudy::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A field without a category is a category itself. */
    private static Set<String> categories(Person person) {
        return person.getFieldsOfStudy().stream()
                .map(field -> field.getCategory() == null ? field.getName() : field.getCategory().getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
