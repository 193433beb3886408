package org.mentorflow.cohort;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.notifications.MailAttachmentSource;
import org.mentorflow.notifications.MailAttachmentSources;
import org.mentorflow.notifications.MailOutbox;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Briefing;
import org.mentorflow.programme.CohortProgrammeProcess;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.system.ProcessVariable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mails a cohort's people: input parameters {@link #MAIL} (the template), {@link #TO} (whom, see
 * {@link CohortRecipients}) and optionally {@link #ATTACH} (a {@link MailAttachmentSource} bean). Each recipient reads
 * it in their own language, with the programme's dates in its time zone; the templates read the programme, the
 * briefing (inside "Briefing") and the links to the programme's pages. One mail per recipient and step: a retry
 * sends nobody a second one. A recipient without a valid address is left out (logged) rather than failing the step
 * for everyone; deleted and deactivated accounts are not recipients at all.
 */
@Component("sendCohortMail")
class SendCohortMailDelegate implements JavaDelegate {

    static final ProcessVariable<String> MAIL = ProcessVariable.of("mail", String.class);
    static final ProcessVariable<String> TO = ProcessVariable.of("to", String.class);
    static final ProcessVariable<String> ATTACH = ProcessVariable.of("attach", String.class);

    private static final Logger LOG = LoggerFactory.getLogger(SendCohortMailDelegate.class);

    private final Programmes programmes;
    private final CohortRecipients recipients;
    private final CohortData data;
    private final MailOutbox outbox;
    private final MailAttachmentSources attachmentSources;
    private final String baseUrl;

    SendCohortMailDelegate(Programmes programmes, CohortRecipients recipients, CohortData data, MailOutbox outbox,
            MailAttachmentSources attachmentSources, @Value("${mentorflow.base-url}") String baseUrl) {
        this.programmes = programmes;
        this.recipients = recipients;
        this.data = data;
        this.outbox = outbox;
        this.attachmentSources = attachmentSources;
        this.baseUrl = baseUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = MAIL.getLocal(execution);
        Programme programme = programmes.get(CohortProgrammeProcess.PROGRAMME_ID.get(execution));
        Long briefingId = CohortProgrammeProcess.BRIEFING_ID.get(execution);
        Briefing briefing = briefingId == null ? null : data.briefing(briefingId);
        MailAttachmentSource attachments = attachmentSources.named(ATTACH.getLocal(execution));
        for (Person recipient : recipients.of(TO.getLocal(execution), programme, briefing)) {
            if (!hasValidAddress(recipient)) {
                // one broken profile must not hold back a mail to hundreds: it is left out, and said so in the log
                LOG.warn("Cohort mail {} of programme {} not sent to {}: no valid e-mail address", template, programme.getId(),
                        recipient.getId());
                continue;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("recipient", recipient);
            model.put("programme", programme);
            model.put("programmeLink", baseUrl + "/programmes/" + programme.getSlug());
            model.put("signUpLink", baseUrl + "/programmes/" + programme.getSlug() + "/mentor-sign-up");
            model.put("mentorsLink", baseUrl + "/programmes/" + programme.getSlug() + "/mentors");
            Locale locale = recipient.getLocale();
            // windows close at midnight after their last day: mails name the last day, as pages and refusals do
            model.put("signupClosesAt", day(lastMoment(programme.getSignupClosesAt()), programme, locale));
            model.put("requestsOpenAt", day(programme.getRequestsOpenAt(), programme, locale));
            model.put("requestsCloseAt", day(lastMoment(programme.getRequestsCloseAt()), programme, locale));
            if (briefing != null) {
                model.put("briefing", briefing);
                model.put("briefingStartsAt", time(briefing.getStartsAt(), programme, locale));
                model.put("briefingEndsAt", time(briefing.getEndsAt(), programme, locale));
            }
            // stable across retries of this step, distinct for every other step and briefing
            String key = "cohort/" + programme.getId() + "/" + execution.getActivityInstanceId() + "/" + recipient.getId();
            outbox.queue(key, template, recipient, model,
                    attachments == null ? List.of() : attachments.attachmentsFor(recipient, execution), programme.getName());
        }
    }

    private static boolean hasValidAddress(Person recipient) {
        if (recipient.getEmail() == null) {
            return false;
        }
        try {
            new InternetAddress(recipient.getEmail(), true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }


    private static Instant lastMoment(Instant closes) {
        return closes == null ? null : closes.minusSeconds(1);
    }

    static String day(Instant instant, Programme programme, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withZone(programme.zone()).format(instant);
    }

    static String time(Instant instant, Programme programme, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(programme.zone()).format(instant);
    }
}
