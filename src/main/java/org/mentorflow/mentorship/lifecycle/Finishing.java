package org.mentorflow.mentorship.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.TaskAnswers;
import org.mentorflow.mentorship.agreement.AgreementVersion;
import org.mentorflow.mentorship.agreement.Agreements;
import org.mentorflow.mentorship.meeting.Meetings;
import org.mentorflow.system.LocalizedValue;
import org.mentorflow.system.ProgrammeSettings;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The lifecycle's own sense of finishing: possible after the first meeting both confirmed, and early (a reason
 * needed, which both read) before the agreed end date or with fewer meetings than agreed. Read fresh from the
 * database each time, so the finish form, its check and the portal agree.
 */
@Component
public class Finishing {

    /** As long as a cancellation reason may be. */
    static final int MAX_REASON_LENGTH = 2000;

    private final Mentorships mentorships;
    private final Meetings meetings;
    private final Agreements agreements;
    private final Clock clock;
    private final ProgrammeSettings programme;
    private final MessageSource messages;

    Finishing(Mentorships mentorships, Meetings meetings, Agreements agreements, Clock clock, ProgrammeSettings programme,
            MessageSource messages) {
        this.mentorships = mentorships;
        this.meetings = meetings;
        this.agreements = agreements;
        this.clock = clock;
        this.programme = programme;
        this.messages = messages;
    }

    public FinishProgress progress(long mentorshipId) {
        Mentorship mentorship = mentorships.get(mentorshipId);
        long held = meetings.heldCount(mentorshipId);
        int agreed = agreements.current(mentorshipId).map(AgreementVersion::getMeetingsPlanned).orElse(0);
        LocalDate until = mentorship.getPlannedEndOn();
        LocalDate today = LocalDate.now(clock.withZone(programme.timeZone()));
        boolean early = held < agreed || (until != null && today.isBefore(until));
        return new FinishProgress(held, agreed, until, early);
    }

    /** "You agreed on 6 meetings and have held 2; the agreement runs until 30 June 2026." */
    public MessageSourceResolvable describe(FinishProgress progress, Locale locale) {
        return progressSentence(progress, until(progress, locale));
    }

    private static MessageSourceResolvable progressSentence(FinishProgress progress, Object until) {
        return new DefaultMessageSourceResolvable(new String[] {"finish.progress"},
                new Object[] {progress.meetingsAgreed(), progress.meetingsHeld(), until});
    }

    private String until(FinishProgress progress, Locale locale) {
        return progress.agreedUntil() == null ? "" : progress.agreedUntil().format(
                DateTimeFormatter.ofPattern(messages.getMessage("mail.date-pattern", null, locale), locale));
    }

    /** What is wrong with asking to finish now with this reason, as message keys (the date in the reader's language). */
    Optional<TaskAnswers.Problem> problem(long mentorshipId, String earlyReason) {
        FinishProgress progress = progress(mentorshipId);
        if (!progress.possible()) {
            return TaskAnswers.Problem.of("finish.refused.no-meeting-yet");
        }
        boolean missing = earlyReason == null || earlyReason.isBlank();
        if (progress.early() && missing) {
            return TaskAnswers.Problem.of(List.of(progressSentence(progress, (LocalizedValue) locale -> until(progress, locale)),
                    TaskAnswers.Problem.sentence("finish.refused.reason-missing")));
        }
        if (!missing && earlyReason.strip().length() > MAX_REASON_LENGTH) {
            return TaskAnswers.Problem.of("mentorship.refused.reason-too-long", MAX_REASON_LENGTH);
        }
        return Optional.empty();
    }
}
