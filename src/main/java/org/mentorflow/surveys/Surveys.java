package org.mentorflow.surveys;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's surveys: whom to ask, the answers, and how many answered. Other features read
 * {@link #responseRate(long, Survey)}; the model's mail steps ({@code sendSurveyMail}) invite and remind here.
 * <p>
 * Who is asked: mentee and mentor of every pair of the programme whose mentorship runs (ACTIVE), and for the
 * final survey also those that completed during the programme. Each is asked once per survey and mentorship.
 * <p>
 * When a survey closes for answers: the halfway one once the final one is out; the final one
 * {@link #FINAL_OPEN_AFTER_CLOSE} after the programme closed. An old mail link then says so.
 */
@Service
public class Surveys {

    /** How long the final survey takes answers after the programme closed. */
    static final Duration FINAL_OPEN_AFTER_CLOSE = Duration.ofDays(30);

    static final String MENTEE = "MENTEE";
    static final String MENTOR = "MENTOR";

    private final SurveyInvitationRepository invitations;
    private final SurveyAnswerRepository answers;
    private final SurveyQuestions questions;
    private final Programmes programmes;
    private final PeopleService people;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Surveys(SurveyInvitationRepository invitations, SurveyAnswerRepository answers, SurveyQuestions questions,
            Programmes programmes, PeopleService people, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.people = people;
        this.invitations = invitations;
        this.answers = answers;
        this.questions = questions;
        this.programmes = programmes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Invited, answered and reminded so far for this survey of this programme. */
    @Transactional(readOnly = true)
    public ResponseRate responseRate(long programmeId, Survey survey) {
        Object[] counts = invitations.counts(programmeId, survey).get(0);
        return new ResponseRate(number(counts[0]), number(counts[1]), number(counts[2]));
    }

    /** The invitation with this id, if there is one. */
    @Transactional(readOnly = true)
    public Optional<SurveyInvitation> invitation(long invitationId) {
        return invitations.findById(invitationId);
    }

    /**
     * Asks everyone of the programme's running pairs who was not asked this survey yet (with the questions copied,
     * if the programme has none), and returns every invitation of the survey: the mail step mails each once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<SurveyInvitation> invite(long programmeId, Survey survey) {
        Programme programme = programmes.get(programmeId);
        questions.current(programmeId, survey);
        Set<String> asked = invitations.findByProgrammeIdAndSurveyOrderByIdAsc(programmeId, survey).stream()
                .map(i -> i.getMentorshipId() + "/" + i.getRole()).collect(Collectors.toSet());
        Instant now = clock.instant();
        for (Pair pair : pairs(programme, survey)) {
            if (asked.add(pair.mentorshipId() + "/" + MENTEE)) {
                invitations.save(new SurveyInvitation(programmeId, survey, pair.mentorshipId(), pair.menteeId(), MENTEE, now));
            }
            if (asked.add(pair.mentorshipId() + "/" + MENTOR)) {
                invitations.save(new SurveyInvitation(programmeId, survey, pair.mentorshipId(), pair.mentorId(), MENTOR, now));
            }
        }
        return invitations.findByProgrammeIdAndSurveyOrderByIdAsc(programmeId, survey);
    }

    /** Marks the invitations nobody answered and nobody reminded yet as reminded now, and returns them. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<SurveyInvitation> remind(long programmeId, Survey survey) {
        Instant now = clock.instant();
        List<SurveyInvitation> due = invitations.findByProgrammeIdAndSurveyOrderByIdAsc(programmeId, survey).stream()
                .filter(i -> !i.isAnswered() && !i.isReminded() && i.getPersonId() != null).toList();
        due.forEach(i -> i.reminded(now));
        return due;
    }

    /** The time this invitation's survey closed or will close for answers, if it is set yet. */
    @Transactional(readOnly = true)
    public Optional<Instant> closesAt(SurveyInvitation invitation) {
        if (invitation.getSurvey() == Survey.HALFWAY) {
            return invitations.firstSentAt(invitation.getProgrammeId(), Survey.FINAL);
        }
        Instant closed = programmes.get(invitation.getProgrammeId()).getClosedAt();
        return Optional.ofNullable(closed).map(c -> c.plus(FINAL_OPEN_AFTER_CLOSE));
    }

    /**
     * The questions the person answers on this invitation's page, or the reason there is no form: somebody else's
     * or unknown invitation, already answered, closed.
     */
    @Transactional
    List<SurveyQuestion> questionsFor(long invitationId, String personId) {
        SurveyInvitation invitation = open(invitations.findById(invitationId), personId);
        return questions.current(invitation.getProgrammeId(), invitation.getSurvey());
    }

    /**
     * Stores the answers (question id to what the form sent; blanks are no answer): the invitation counts as answered
     * with at least one answer, an empty submit is refused, and nobody answers twice.
     */
    @Transactional
    void answer(long invitationId, String personId, Map<Long, String> submitted) {
        SurveyInvitation invitation = open(invitations.lock(invitationId), personId);
        Map<Long, SurveyAnswer> given = new LinkedHashMap<>();
        for (SurveyQuestion question : questions.current(invitation.getProgrammeId(), invitation.getSurvey())) {
            String value = submitted.get(question.getId());
            if (value == null || value.isBlank()) {
                continue;
            }
            given.put(question.getId(), question.isScale() ? scale(invitation, question, value.strip())
                    : text(invitation, question, value.strip()));
        }
        if (given.isEmpty()) {
            throw new SurveyRefusedException(SurveyRefusedException.Reason.NOTHING_ANSWERED, "survey.refused.nothing-answered");
        }
        answers.saveAll(given.values());
        invitation.answered(clock.instant());
    }

    /** Per question of the survey: how many answered it and, for a scale, the average. */
    @Transactional
    List<QuestionFigures> figures(long programmeId, Survey survey) {
        List<SurveyQuestion> all = questions.all(programmeId, survey);
        Map<Long, Object[]> byQuestion = new HashMap<>();
        if (!all.isEmpty()) {
            answers.figures(all.stream().map(SurveyQuestion::getId).toList())
                    .forEach(row -> byQuestion.put(((Number) row[0]).longValue(), row));
        }
        List<QuestionFigures> figures = new ArrayList<>();
        for (SurveyQuestion question : all) {
            Object[] row = byQuestion.get(question.getId());
            long count = row == null ? 0 : number(row[1]);
            Double average = row == null || row[2] == null || !question.isScale() ? null : ((Number) row[2]).doubleValue();
            figures.add(new QuestionFigures(question, count, average));
        }
        return figures;
    }

    /** A question with what its answers add up to. */
    record QuestionFigures(SurveyQuestion question, long answers, Double average) {
    }

    private SurveyInvitation open(Optional<SurveyInvitation> found, String personId) {
        SurveyInvitation invitation = found.filter(i -> i.isFor(personId))
                .orElseThrow(() -> new SurveyRefusedException(SurveyRefusedException.Reason.NOT_YOURS, "survey.refused.not-yours"));
        if (invitation.isAnswered()) {
            throw new SurveyRefusedException(SurveyRefusedException.Reason.ALREADY_ANSWERED, "survey.refused.answered",
                    invitation.getAnsweredAt());
        }
        Optional<Instant> closes = closesAt(invitation);
        if (closes.isPresent() && !clock.instant().isBefore(closes.get())) {
            throw new SurveyRefusedException(SurveyRefusedException.Reason.CLOSED, "survey.refused.closed", closes.get());
        }
        return invitation;
    }

    private static SurveyAnswer scale(SurveyInvitation invitation, SurveyQuestion question, String value) {
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > 5) {
            throw new SurveyRefusedException(SurveyRefusedException.Reason.INVALID_ANSWER, "survey.refused.scale",
                    question.getPosition());
        }
        return new SurveyAnswer(invitation.getId(), question.getId(), number, null);
    }

    private static SurveyAnswer text(SurveyInvitation invitation, SurveyQuestion question, String value) {
        if (value.length() > SurveyAnswer.MAX_TEXT) {
            throw new SurveyRefusedException(SurveyRefusedException.Reason.INVALID_ANSWER, "survey.refused.too-long",
                    question.getPosition(), SurveyAnswer.MAX_TEXT);
        }
        return new SurveyAnswer(invitation.getId(), question.getId(), null, value);
    }

    /** The display name of the other person of the invitation's mentorship (the mail and the page name them). */
    @Transactional(readOnly = true)
    String partnerName(SurveyInvitation invitation) {
        List<String> partner = jdbc.query("select mentee_id, mentor_id from mentorship where id = :id",
                new MapSqlParameterSource("id", invitation.getMentorshipId()),
                (row, n) -> row.getString(MENTEE.equals(invitation.getRole()) ? "mentor_id" : "mentee_id"));
        return partner.isEmpty() ? "" : people.find(partner.get(0)).map(Person::getDisplayName).orElse("");
    }

    /** A mentorship of the programme whose two people this survey asks. */
    record Pair(long mentorshipId, String menteeId, String mentorId) {
    }

    /**
     * The pairs a survey asks, read from the mentorship table (the mentorship module offers no query by programme):
     * running ones, and for the final survey those completed since the programme began.
     */
    private List<Pair> pairs(Programme programme, Survey survey) {
        LocalDate from = programme.getRunsFrom();
        Instant since = from == null ? Instant.EPOCH : from.atStartOfDay(programme.zone()).toInstant();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("programmeId", programme.getId())
                .addValue("since", Timestamp.from(since));
        String completed = survey == Survey.FINAL ? " or (state = 'COMPLETED' and ended_at >= :since)" : "";
        return jdbc.query("select id, mentee_id, mentor_id from mentorship where programme_id = :programmeId"
                + " and (state = 'ACTIVE'" + completed + ") order by id", parameters,
                (row, n) -> new Pair(row.getLong("id"), row.getString("mentee_id"), row.getString("mentor_id")));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
