package org.mentorflow.certificates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The dates of a certificate as the reader's language writes them: the same on the PDF and on the web. The day it
 * was issued is the programme's (its time zone), like the period's end.
 */
final class CertificateDates {

    private CertificateDates() {
    }

    static String period(Certificate certificate, Locale locale) {
        return date(certificate.getPeriodStart(), locale) + " – " + date(certificate.getPeriodEnd(), locale);
    }

    static String issued(Certificate certificate, Locale locale, ZoneId programmeZone) {
        return date(LocalDate.ofInstant(certificate.getIssuedAt(), programmeZone), locale);
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
