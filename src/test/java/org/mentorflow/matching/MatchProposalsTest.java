package org.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.matching.MatchReason.Kind;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cohort of ten students and six mentor candidates with choices, levels, languages and capacities: the proposal
 * is stable over the rankings it derives, respects every mentor's room, gives each pair its reasons and each
 * student left out the reason why; sending it places the accepted pairs' requests and skips what no longer fits.
 */
class MatchProposalsTest extends IntegrationTest {

    @Autowired
    MatchProposals proposals;
    @Autowired
    Programmes programmes;
    @Autowired
    MentorshipRequests requests;
    @Autowired
    Mentorships mentorships;
    @Autowired
    StudentChoiceRepository choices;
    @Autowired
    MatchTexts texts;
    @Autowired
    Clock clock;

    Cohorts cohorts;
    Programme cohort;
    Instant now;
    final Map<String, Person> byName = new HashMap<>();

    @BeforeEach
    void cohortWithCandidates() {
        cohorts = new Cohorts(programmes);
        now = clock.instant();
        cohort = cohorts.cohort(now);
        // mentors, in sign-up order
        mentor("Anna", 2, "Students writing a thesis in machine learning", List.of("en"), "Informatics", "Computer Science",
                MentoringLevel.MASTERS);
        mentor("Bernd", 1, "Doctoral researchers in chemistry", List.of("de", "en"), "Chemistry", "Natural Sciences",
                MentoringLevel.MASTERS, MentoringLevel.DOCTORAL);
        mentor("Clara", 1, null, List.of("de"), "Economics", "Business", MentoringLevel.MASTERS);
        mentor("Dora", 2, null, List.of("en"), "Chemistry", "Natural Sciences", MentoringLevel.DOCTORAL);
        Person emil = mentor("Emil", 1, null, List.of("en"), "Informatics", "Computer Science", MentoringLevel.MASTERS);
        Person fay = mentor("Fay", 1, null, List.of("en"), "Informatics", "Computer Science", MentoringLevel.MASTERS);
        fay.setAvailable(false);
        people.save(fay);

        student("Lena", MentoringLevel.MASTERS, List.of("de"), "Economics", "Business", "Start in consulting.", "Anna", "Clara");
        student("Tom", MentoringLevel.MASTERS, List.of("en"), "Informatics", "Computer Science", "A job as a developer.", "Anna");
        student("Yusuf", MentoringLevel.MASTERS, List.of("en"), "Informatics", "Computer Science", "Find an internship.", "Anna");
        student("Mia", MentoringLevel.MASTERS, List.of("en"), "Informatics", "Computer Science",
                "Finish my thesis on machine learning.", "Anna");
        student("Pia", MentoringLevel.DOCTORAL, List.of("en"), "Chemistry", "Natural Sciences", "Work in industry.");
        student("Olga", MentoringLevel.DOCTORAL, List.of("de"), "Chemistry", "Natural Sciences",
                "Leave academia after my doctoral thesis.");
        student("Nils", MentoringLevel.MASTERS, List.of("fr"), "Informatics", "Computer Science", "Trouver un stage.");
        Person kai = student("Kai", MentoringLevel.MASTERS, List.of("en"), "Informatics", "Computer Science", "Any job.");
        Person ute = student("Ute", MentoringLevel.MASTERS, List.of("en"), "Informatics", "Computer Science", "Growth.");
        ute.setApplication("", "", "Growth.", "");
        people.save(ute);
        student("Vera", MentoringLevel.MASTERS, List.of("de"), "Informatics", "Computer Science", "Data science.", "Bernd");
        // Kai's request to Emil: Kai has a request, Emil's one place is taken by it
        requests.request(cohort.getId(), kai.getId(), emil.getId(), "Would you be my mentor?");
    }

    @Test
    void proposesTheStudentOptimalStableMatchingWithReasons() {
        MatchProposal proposal = proposals.propose(cohort.getId(), null);

        assertThat(proposal.getPairs()).extracting(pair -> name(pair.getStudentId()))
                .as("every student without a request, in sign-up order; Kai has one")
                .containsExactly("Lena", "Tom", "Yusuf", "Mia", "Pia", "Olga", "Nils", "Ute", "Vera");
        assertThat(mentorOf(proposal)).containsExactly(
                Map.entry("Lena", "Clara"), Map.entry("Tom", "Anna"), Map.entry("Yusuf", "-"), Map.entry("Mia", "Anna"),
                Map.entry("Pia", "Dora"), Map.entry("Olga", "Bernd"), Map.entry("Nils", "-"), Map.entry("Ute", "-"),
                Map.entry("Vera", "-"));

        assertThat(reasons(proposal, "Lena", Locale.ENGLISH))
                .isEqualTo("Lena's 2nd choice, master's level, both speak German, field: Economics");
        assertThat(reasons(proposal, "Lena", Locale.GERMAN))
                .isEqualTo("2. Wahl von Lena, Masterniveau, beide sprechen Deutsch, Fach: Economics");
        assertThat(reasons(proposal, "Mia", Locale.ENGLISH))
                .isEqualTo("Mia's 1st choice, Anna's wish: thesis, machine, learning, master's level, both speak English, field: Informatics");
        assertThat(reasons(proposal, "Olga", Locale.ENGLISH))
                .isEqualTo("Bernd's wish: doctoral, chemistry, doctoral level, both speak German, field: Chemistry");
        assertThat(pair(proposal, "Olga").getStudentRank()).isEqualTo(1);
        assertThat(reasons(proposal, "Yusuf", Locale.ENGLISH))
                .isEqualTo("the places of the mentors who fit went to students they ranked higher");
        assertThat(reasons(proposal, "Nils", Locale.ENGLISH))
                .isEqualTo("no mentor with room mentors Nils's level in a language Nils speaks");
        assertThat(reasons(proposal, "Ute", Locale.ENGLISH))
                .isEqualTo("Ute's application is incomplete: a request needs all four sections");
        assertThat(reasons(proposal, "Vera", Locale.GERMAN)).startsWith("die Plätze der passenden");

        MatchPool pool = proposals.pool(cohort.getId());
        assertThat(pool.mentors()).extracting(mentor -> name(mentor.id()))
                .as("Emil's place is held by Kai's request, Fay is not available").containsExactly("Anna", "Bernd", "Clara", "Dora");
        assertThat(blockingPairs(pool, proposal)).isEmpty();
        assertThat(overfull(pool, proposal)).isEmpty();
    }

    @Test
    void sendsTheAcceptedPairsAndSkipsAPairWhoseMentorFilledUpMeanwhile() {
        MatchProposal proposal = proposals.propose(cohort.getId(), null);
        // meanwhile Clara accepted somebody else: her one place is gone
        Person other = people.mentee("de");
        cohorts.student(cohort, other, MentoringLevel.MASTERS, now);
        requests.request(cohort.getId(), other.getId(), byName.get("Clara").getId(), "Hallo!");

        String accepted = AcceptedPairs.format(Map.of(id("Lena"), id("Clara"), id("Tom"), id("Anna"), id("Yusuf"), id("Anna")));
        proposals.send(proposal.getId(), MatchProposalProcess.SEND, accepted);

        MatchProposal sent = proposals.get(proposal.getId());
        assertThat(sent.getStatus()).isEqualTo(MatchProposal.Status.SENT);
        assertThat(pair(sent, "Lena").getOutcome()).isEqualTo(ProposedPair.Outcome.REFUSED);
        assertThat(pair(sent, "Lena").getOutcomeDetail()).contains("has no room left for");
        assertThat(pair(sent, "Tom").getOutcome()).isEqualTo(ProposedPair.Outcome.SENT);
        assertThat(pair(sent, "Yusuf").getOutcome()).as("the coordinator gave Yusuf Anna's second place").isEqualTo(ProposedPair.Outcome.SENT);
        assertThat(pair(sent, "Yusuf").getAcceptedMentorId()).isEqualTo(id("Anna"));
        assertThat(pair(sent, "Mia").getOutcome()).as("not accepted").isEqualTo(ProposedPair.Outcome.NOT_SENT);
        Mentorship toms = requestOf("Tom");
        assertThat(toms.getMentor().getId()).isEqualTo(id("Anna"));
        assertThat(toms.getProgramme().getId()).isEqualTo(cohort.getId());
        assertThat(toms.getRequestMessage()).contains("match proposal", "Mentoring Cohort Test", "Hello Anna");
        assertThat(mentorships.of(id("Lena"))).isEmpty();

        // the step again (a retry): nothing twice
        proposals.send(proposal.getId(), MatchProposalProcess.SEND, accepted);
        assertThat(mentorships.of(id("Tom"))).hasSize(1);
    }

    @Test
    void aGermanStudentsRequestSpeaksGermanAndADiscardedProposalSendsNothing() {
        MatchProposal proposal = proposals.propose(cohort.getId(), null);
        proposals.send(proposal.getId(), MatchProposalProcess.SEND, AcceptedPairs.format(Map.of(id("Olga"), id("Bernd"))));
        assertThat(requestOf("Olga").getRequestMessage()).contains("Hallo Bernd", "Zuordnungsvorschlag");

        MatchProposal second = proposals.propose(cohort.getId(), null);
        assertThat(second.getPairs()).extracting(pair -> name(pair.getStudentId())).doesNotContain("Olga");
        proposals.send(second.getId(), MatchProposalProcess.DISCARD, "");
        assertThat(proposals.get(second.getId()).getStatus()).isEqualTo(MatchProposal.Status.DISCARDED);
        assertThat(mentorships.of(id("Mia"))).isEmpty();
    }

    @Test
    void adjustedPairsBeyondAMentorsRoomAreRefusedInPlainWords() {
        List<String> problems = proposals.problemsWith(cohort.getId(),
                Map.of(id("Tom"), id("Anna"), id("Yusuf"), id("Anna"), id("Mia"), id("Anna"))).stream()
                .map(problem -> texts.reason(MatchReason.of(Kind.PLACES_TAKEN), "", "", Locale.ENGLISH) == null ? ""
                        : messages().getMessage(problem, Locale.ENGLISH)).toList();
        assertThat(problems).singleElement().asString()
                .startsWith(byName.get("Anna").getFullName() + " has room for 2 more students, but 3 are chosen: ");
        assertThat(proposals.problemsWith(cohort.getId(), Map.of(id("Nils"), id("Anna")))).singleElement()
                .satisfies(problem -> assertThat(messages().getMessage(problem, Locale.GERMAN)).contains("betreut das Niveau"));
        assertThat(proposals.problemsWith(cohort.getId(), Map.of(id("Tom"), id("Anna"), id("Mia"), id("Anna")))).isEmpty();
    }

    @Autowired
    org.springframework.context.MessageSource messageSource;

    private org.springframework.context.MessageSource messages() {
        return messageSource;
    }

    private Mentorship requestOf(String student) {
        return mentorships.of(id(student)).stream().filter(m -> m.getState() == MentorshipState.REQUESTED).findFirst().orElseThrow();
    }

    /** Pairs (s, m), both acceptable to each other, where s prefers m to what s got and m has room or prefers s. */
    static List<String> blockingPairs(MatchPool pool, MatchProposal proposal) {
        List<String> blocking = new ArrayList<>();
        Map<String, List<String>> held = proposal.matched().stream()
                .collect(Collectors.groupingBy(ProposedPair::getMentorId, Collectors.mapping(ProposedPair::getStudentId, Collectors.toList())));
        for (MatchPool.Student student : pool.students()) {
            List<String> ranking = pool.ranking(student).stream().map(MatchPool.Mentor::id).toList();
            String got = proposal.pairOf(student.id()).map(ProposedPair::getMentorId).orElse(null);
            int gotRank = got == null ? Integer.MAX_VALUE : ranking.indexOf(got);
            for (int i = 0; i < Math.min(gotRank, ranking.size()); i++) {
                MatchPool.Mentor mentor = pool.mentor(ranking.get(i)).orElseThrow();
                List<String> mentorRanking = pool.ranking(mentor).stream().map(MatchPool.Student::id).toList();
                List<String> theirs = held.getOrDefault(mentor.id(), List.of());
                boolean room = theirs.size() < mentor.room();
                boolean prefers = theirs.stream().anyMatch(other -> mentorRanking.indexOf(student.id()) < mentorRanking.indexOf(other));
                if (room || prefers) {
                    blocking.add(student.id() + "-" + mentor.id());
                }
            }
        }
        return blocking;
    }

    static List<String> overfull(MatchPool pool, MatchProposal proposal) {
        return pool.mentors().stream()
                .filter(mentor -> proposal.matched().stream().filter(p -> p.getMentorId().equals(mentor.id())).count() > mentor.room())
                .map(MatchPool.Mentor::id).toList();
    }

    private Map<String, String> mentorOf(MatchProposal proposal) {
        Map<String, String> mentorOf = new java.util.LinkedHashMap<>();
        proposal.getPairs().forEach(pair -> mentorOf.put(name(pair.getStudentId()), pair.getMentorId() == null ? "-" : name(pair.getMentorId())));
        return mentorOf;
    }

    private String reasons(MatchProposal proposal, String student, Locale locale) {
        ProposedPair pair = pair(proposal, student);
        String mentor = pair.getMentorId() == null ? "" : name(pair.getMentorId());
        return texts.reasons(pair.getReasons(), student, mentor, locale);
    }

    private ProposedPair pair(MatchProposal proposal, String student) {
        return proposal.pairOf(id(student)).orElseThrow();
    }

    private String id(String name) {
        return byName.get(name).getId();
    }

    private String name(String id) {
        return byName.entrySet().stream().filter(entry -> entry.getValue().getId().equals(id)).map(Map.Entry::getKey)
                .findFirst().orElse(id);
    }

    private Person mentor(String name, int capacity, String preferences, List<String> languages, String field, String category,
            MentoringLevel... levels) {
        Person mentor = people.mentor(2, languages.get(0));
        mentor.setFirstName(name);
        mentor.getSpokenLanguages().addAll(languages);
        mentor.getFieldsOfStudy().add(peopleService.fieldOfStudy(field, category));
        mentor = people.save(mentor);
        byName.put(name, mentor);
        cohorts.mentor(cohort, mentor, capacity, preferences, now.minusSeconds(1000 - byName.size()), levels);
        return mentor;
    }

    private Person student(String name, MentoringLevel level, List<String> languages, String field, String category,
            String goals, String... chosen) {
        Person student = people.mentee(languages.get(0).equals("fr") ? "en" : languages.get(0));
        student.setFirstName(name);
        student.getSpokenLanguages().clear();
        student.getSpokenLanguages().addAll(languages);
        student.getFieldsOfStudy().clear();
        student.getFieldsOfStudy().add(peopleService.fieldOfStudy(field, category));
        student.setApplication("A student of " + field + ".", "In my studies.", goals, "Advice.");
        student = people.save(student);
        byName.put(name, student);
        cohorts.student(cohort, student, level, now.minusSeconds(500 - byName.size()));
        for (int i = 0; i < chosen.length; i++) {
            choices.save(new StudentChoice(cohort.getId(), student.getId(), byName.get(chosen[i]).getId(), i + 1));
        }
        return student;
    }
}
