package org.mentorflow.joining;

import static org.mentorflow.programme.CalendarDays.day;
import static org.mentorflow.programme.CalendarDays.lastDay;

import java.time.Instant;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Window;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A cohort's windows as sentences with their dates: when sign-up, joining and requests open and close. The days are
 * {@link org.mentorflow.programme.CalendarDays}, as in the request stage's refusals.
 */
final class CohortDates {

    private CohortDates() {
    }

    /** Mentor sign-up not open yet or over: when it opens, or when it closed; null while it is open. */
    static MessageSourceResolvable signUp(Programme programme, Window window) {
        return switch (window) {
            case NOT_YET -> sentence("joining.sign-up.not-yet", programme.getName(), day(programme, programme.getSignupOpensAt()),
                    lastDay(programme, programme.getSignupClosesAt()));
            case CLOSED -> sentence("joining.sign-up.closed", programme.getName(), lastDay(programme, closing(programme, programme.getSignupClosesAt())));
            case OPEN -> null;
        };
    }

    /** Students join from sign-up until the request window closes. */
    static MessageSourceResolvable join(Programme programme, Window window) {
        return switch (window) {
            case NOT_YET -> sentence("joining.join.not-yet", programme.getName(), day(programme, programme.getSignupOpensAt()),
                    lastDay(programme, programme.getRequestsCloseAt()));
            case CLOSED -> sentence("joining.join.closed", programme.getName(), lastDay(programme, closing(programme, programme.getRequestsCloseAt())));
            case OPEN -> null;
        };
    }

    /** The request window, in the request stage's own words (request.refused.window-*). */
    static MessageSourceResolvable requests(Programme programme, Window window) {
        return switch (window) {
            case NOT_YET -> sentence("request.refused.window-not-open", programme.getName(),
                    day(programme, programme.getRequestsOpenAt()), lastDay(programme, programme.getRequestsCloseAt()));
            case CLOSED -> sentence("request.refused.window-closed", programme.getName(),
                    lastDay(programme, closing(programme, programme.getRequestsCloseAt())));
            case OPEN -> null;
        };
    }

    /** A programme closed before its date closed the window then. */
    private static Instant closing(Programme programme, Instant scheduled) {
        Instant closedAt = programme.getClosedAt();
        return closedAt != null && (scheduled == null || closedAt.isBefore(scheduled)) ? closedAt : scheduled;
    }

    static MessageSourceResolvable sentence(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
    }
}
