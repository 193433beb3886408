package org.mentorflow.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a pair was proposed, or why a student got none: a kind (the message key {@code matching.reason.<KIND>}) and
 * its subject, which the reader's language turns into the message's argument (a language code becomes the
 * language's name, a level its name).
 */
@Embeddable
public class MatchReason {

    public enum Kind {
        /** The student chose this mentor; subject: the choice's rank (1 to 3). */
        CHOICE,
        /** Subject: the student's level, MASTERS or DOCTORAL. */
        LEVEL,
        /** Both speak it; subject: the language code. */
        LANGUAGE,
        /** Both have it; subject: the field's name. */
        FIELD,
        /** Fields in the same category; subject: the category's name. */
        RELATED_FIELD,
        /** Both live there; subject: the place as the mentor wrote it. */
        LOCATION,
        /** Words of the mentor's stated preferences that the student's profile has; subject: the words. */
        PREFERENCE,
        /** Unmatched: no mentor with room mentors the student's level in a language the student speaks. */
        NO_ACCEPTABLE_MENTOR,
        /** Unmatched: the fitting mentors' places went to students they ranked higher. */
        PLACES_TAKEN,
        /** Unmatched: a request needs the four sections of the application. */
        APPLICATION_INCOMPLETE
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private Kind kind;
    @Column(name = "subject")
    private String subject;

    protected MatchReason() {
    }

    public MatchReason(Kind kind, String subject) {
        this.kind = Objects.requireNonNull(kind);
        this.subject = subject;
    }

    public static MatchReason of(Kind kind) {
        return new MatchReason(kind, null);
    }

    public Kind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    /** {@code matching.reason.<KIND>}; a level's reason has a key per level: {@code matching.reason.LEVEL.MASTERS}. */
    public String messageKey() {
        return kind == Kind.LEVEL ? "matching.reason.LEVEL." + subject : "matching.reason." + kind.name();
    }

    /**
     * The message's arguments in the reader's language: {0} the student's first name, {1} the subject as the reader
     * reads it, {2} the mentor's first name.
     */
    public Object[] arguments(String studentFirstName, String mentorFirstName, Locale reader) {
        Object subjectArgument = switch (kind) {
            case LANGUAGE -> Locale.forLanguageTag(subject).getDisplayLanguage(reader);
            case CHOICE -> Integer.valueOf(subject);
            default -> subject == null ? "" : subject;
        };
        return new Object[] {studentFirstName, subjectArgument, mentorFirstName};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatchReason reason && reason.kind == kind && Objects.equals(reason.subject, subject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, subject);
    }

    @Override
    public String toString() {
        return subject == null ? kind.name() : kind + "(" + subject + ")";
    }
}
