package org.mentorflow.mentorship;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.feedback.FeedbackRequests;
import org.mentorflow.notifications.MailAttachmentSource;
import org.mentorflow.programme.Programme;
import org.mentorflow.notifications.MailAttachmentSources;
import org.mentorflow.notifications.MailOutbox;
import org.mentorflow.people.Person;
import org.mentorflow.system.ProcessVariable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Mails one or both sides of a mentorship. Input parameters from the model: {@link #MAIL}, {@link #TO} and optionally
 * {@link #ATTACH} and {@link #FEEDBACK}. Each recipient reads it in their own language. The model holds what the
 * templates read: the mentorship and the two people, the links, the request's answer time, the mentor's comment on
 * a "not yet" ({@code completionComment}), and what the stages add ({@link MentorshipMailDetails}: the agreement,
 * the meeting); never the process's variables as such.
 */
@Component("sendMail")
class SendMailDelegate implements JavaDelegate {

    /** Input parameter: the template, templates/mail/NAME.html and .txt. */
    static final ProcessVariable<String> MAIL = ProcessVariable.of("mail", String.class);
    /** Input parameter: "mentee", "mentor" or "mentee,mentor". */
    static final ProcessVariable<String> TO = ProcessVariable.of("to", String.class);
    /** Input parameter (optional): the name of a {@link MailAttachmentSource} bean. */
    static final ProcessVariable<String> ATTACH = ProcessVariable.of("attach", String.class);
    /** Input parameter (optional): the occasion to ask each recipient's feedback on (a personal link to the form). */
    static final ProcessVariable<String> FEEDBACK = ProcessVariable.of("feedback", String.class);

    private final Mentorships mentorships;
    private final List<MentorshipMailDetails> details;
    private final MailOutbox outbox;
    private final MailAttachmentSources attachmentSources;
    private final FeedbackRequests feedback;
    private final String baseUrl;

    SendMailDelegate(Mentorships mentorships, List<MentorshipMailDetails> details, MailOutbox outbox,
            MailAttachmentSources attachmentSources,
            FeedbackRequests feedback, @Value("${mentorflow.base-url}") String baseUrl) {
        this.feedback = feedback;
        this.mentorships = mentorships;
        this.details = details;
        this.outbox = outbox;
        this.attachmentSources = attachmentSources;
        this.baseUrl = baseUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = MAIL.getLocal(execution);
        List<String> roles = List.of(TO.getLocal(execution).split("\\s*,\\s*"));
        Mentorship mentorship = mentorships.get(MentorshipProcess.MENTORSHIP_ID.get(execution));
        MailAttachmentSource attachments = attachmentSources.named(ATTACH.getLocal(execution));
        String feedbackOccasion = FEEDBACK.getLocal(execution);
        for (String role : roles) {
            Person recipient = switch (role) {
                case "mentee" -> mentorship.getMentee();
                case "mentor" -> mentorship.getMentor();
                default -> throw new IllegalArgumentException("Unknown recipient role '" + role + "' in " + execution.getCurrentActivityId());
            };
            Person partner = mentorship.partnerOf(recipient);
            Map<String, Object> model = new HashMap<>();
            model.put("recipient", recipient);
            model.put("partner", partner);
            model.put("mentorship", mentorship);
            // the agreement, the meeting: each stage adds what its templates read
            details.forEach(stage -> stage.addTo(model, mentorship, recipient, execution));
            // the mentorship's own programme: a cohort's mails name the cohort and send back to its mentor list
            Programme own = mentorship.getProgramme();
            model.put("programme", own.getName());
            model.put("taskLink", baseUrl + "/mentorships/" + mentorship.getId() + "/task");
            model.put("portalLink", baseUrl + "/");
            model.put("myLink", baseUrl + "/my");
            model.put("findMentorLink", own.isCohort() ? baseUrl + "/programmes/" + own.getSlug() + "/mentors" : baseUrl + "/mentors");
            model.put("expiresAfterDays", days(MentorshipProcess.REQUEST_EXPIRES_AFTER.get(execution)));
            // the mentor's answer on "Confirm completion" when it is "not yet": what is still open
            model.put("completionComment", MentorshipProcess.COMPLETION_COMMENT.get(execution));
            // stable across retries of this step, distinct for every other pass through the model
            String key = keyPrefix(mentorship.getId()) + execution.getActivityInstanceId() + "/" + role;
            if (feedbackOccasion != null) {
                String token = feedback.requestFor(key, feedbackOccasion, mentorship.getId(), recipient.getId(),
                        role.toUpperCase());
                model.put("feedbackLink", baseUrl + "/feedback/" + token);
            }
            outbox.queue(key, template, recipient, model,
                    attachments == null ? List.of() : attachments.attachmentsFor(recipient, execution),
                    partner.getDisplayName());
        }
    }

    /** The start of the outbox key of every mail about this mentorship. */
    static String keyPrefix(long mentorshipId) {
        return "mentorship/" + mentorshipId + "/";
    }


    /** "P14D" as 14 for the reader; anything finer than days is shown as written (null outside the request stage). */
    private static Object days(String isoDuration) {
        if (isoDuration == null) {
            return null;
        }
        try {
            return Duration.parse(isoDuration).toDays();
        } catch (RuntimeException e) {
            return isoDuration;
        }
    }
}
