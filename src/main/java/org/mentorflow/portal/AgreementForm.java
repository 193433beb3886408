package org.mentorflow.portal;

import org.mentorflow.mentorship.agreement.AgreementTerms;

/**
 * The agreement form as typed: every field a string, so whatever a person typed comes back to them when the
 * terms are refused. Numbers that are no numbers become 0, which the agreement's rules report plainly.
 */
record AgreementForm(String durationMonths, String meetingsPlanned, String rhythm, String contactChannels,
        String contactFrequency, String goals, String agenda) {

    static AgreementForm of(AgreementTerms terms) {
        return new AgreementForm(Integer.toString(terms.durationMonths()), Integer.toString(terms.meetingsPlanned()),
                terms.rhythm(), terms.contactChannels(), terms.contactFrequency(), terms.goals(), terms.agenda());
    }

    AgreementTerms terms() {
        return new AgreementTerms(number(durationMonths), number(meetingsPlanned), text(rhythm), text(contactChannels),
                text(contactFrequency), text(goals), text(agenda));
    }

    private static int number(String value) {
        String digits = value == null ? "" : value.strip();
        return digits.matches("\\d{1,4}") ? Integer.parseInt(digits) : 0;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
