package org.mentorflow.system;

import java.util.Locale;

/**
 * An argument of a refusal's sentence that must be formatted for the reader (a meeting's time, a date in the
 * programme's zone): {@link StepRefusedException#in} formats it in the reader's language before the message file's
 * sentence takes it. Spring's message source alone cannot, since it resolves arguments without a zone.
 */
@FunctionalInterface
public interface LocalizedValue {

    String in(Locale locale);
}
