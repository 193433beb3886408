package org.mentorflow.mentorship.agreement;

import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The agreement while the mentee writes it: the form's fields as process variables. They live only from the
 * form to the saved version; then the version in the database is the record.
 */
final class AgreementDraft {

    static final List<String> VARIABLES = List.of(AGREEMENT_DURATION_MONTHS, AGREEMENT_MEETINGS, AGREEMENT_RHYTHM,
            AGREEMENT_CONTACT_CHANNELS, AGREEMENT_CONTACT_FREQUENCY, AGREEMENT_GOALS, AGREEMENT_AGENDA);

    private AgreementDraft() {
    }

    static AgreementTerms read(VariableScope scope) {
        return new AgreementTerms(number(scope, AGREEMENT_DURATION_MONTHS), number(scope, AGREEMENT_MEETINGS),
                text(scope, AGREEMENT_RHYTHM), text(scope, AGREEMENT_CONTACT_CHANNELS),
                text(scope, AGREEMENT_CONTACT_FREQUENCY), text(scope, AGREEMENT_GOALS), text(scope, AGREEMENT_AGENDA));
    }

    /** Puts a version's terms back into the form, so a change request starts from what was proposed. */
    static void write(VariableScope scope, AgreementTerms terms) {
        scope.setVariable(AGREEMENT_DURATION_MONTHS, terms.durationMonths());
        scope.setVariable(AGREEMENT_MEETINGS, terms.meetingsPlanned());
        scope.setVariable(AGREEMENT_RHYTHM, terms.rhythm());
        scope.setVariable(AGREEMENT_CONTACT_CHANNELS, terms.contactChannels());
        scope.setVariable(AGREEMENT_CONTACT_FREQUENCY, terms.contactFrequency());
        scope.setVariable(AGREEMENT_GOALS, terms.goals());
        scope.setVariable(AGREEMENT_AGENDA, terms.agenda() == null ? "" : terms.agenda());
    }

    static void clear(VariableScope scope) {
        scope.removeVariables(VARIABLES);
    }

    private static int number(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null ? 0 : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            return 0; // reported as a problem of the terms
        }
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString().strip();
    }
}
