package org.mentorflow.mentorship.agreement;

import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.mentorflow.system.ProcessVariable;

/**
 * The agreement while the mentee writes it: the form's fields as process variables. They live only from the
 * form to the saved version; then the version in the database is the record.
 */
final class AgreementDraft {

    static final List<ProcessVariable<?>> VARIABLES = List.of(AGREEMENT_DURATION_MONTHS, AGREEMENT_MEETINGS,
            AGREEMENT_RHYTHM, AGREEMENT_CONTACT_CHANNELS, AGREEMENT_CONTACT_FREQUENCY, AGREEMENT_GOALS, AGREEMENT_AGENDA);

    private AgreementDraft() {
    }

    /** The terms as the form left them; a field left empty reads as 0 or null, which the terms report. */
    static AgreementTerms read(VariableScope scope) {
        return new AgreementTerms(number(scope, AGREEMENT_DURATION_MONTHS), number(scope, AGREEMENT_MEETINGS),
                text(scope, AGREEMENT_RHYTHM), text(scope, AGREEMENT_CONTACT_CHANNELS),
                text(scope, AGREEMENT_CONTACT_FREQUENCY), text(scope, AGREEMENT_GOALS), text(scope, AGREEMENT_AGENDA));
    }

    /** Puts a version's terms back into the form, so a change request starts from what was proposed. */
    static void write(VariableScope scope, AgreementTerms terms) {
        AGREEMENT_DURATION_MONTHS.set(scope, terms.durationMonths());
        AGREEMENT_MEETINGS.set(scope, terms.meetingsPlanned());
        AGREEMENT_RHYTHM.set(scope, terms.rhythm());
        AGREEMENT_CONTACT_CHANNELS.set(scope, terms.contactChannels());
        AGREEMENT_CONTACT_FREQUENCY.set(scope, terms.contactFrequency());
        AGREEMENT_GOALS.set(scope, terms.goals());
        AGREEMENT_AGENDA.set(scope, terms.agenda() == null ? "" : terms.agenda());
    }

    static void clear(VariableScope scope) {
        VARIABLES.forEach(variable -> variable.remove(scope));
    }

    /**
     * A whole number as typed; empty reads as 0 and anything else (1.5, a text) as -1, so the terms' range check
     * refuses both instead of the engine failing or a number being cut.
     */
    private static int number(VariableScope scope, ProcessVariable<Integer> variable) {
        try {
            Integer value = variable.get(scope);
            return value == null ? 0 : value;
        } catch (IllegalStateException notWhole) {
            return -1;
        }
    }

    private static String text(VariableScope scope, ProcessVariable<String> variable) {
        String value = variable.get(scope);
        return value == null ? null : value.strip();
    }
}
