package org.mentorflow.surveys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mentorflow.notifications.MailOutbox;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.mentorflow.system.ProcessVariable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mail steps of programme-survey.bpmn. Input parameter from the model: {@link #MAIL}, which is also what the step
 * does: {@value #INVITATION} asks everyone of the programme's running pairs not asked yet ({@link Surveys#invite}),
 * {@value #REMINDER} reminds those who have not answered and were not reminded yet ({@link Surveys#remind}). Each
 * person reads the mail in their own language, with the link to their own answer page; every mail has its own outbox
 * key ({@code survey/INVITATION_ID/invitation} or {@code /reminder}), so a retried step or a second run sends nobody
 * anything twice.
 */
@Component("sendSurveyMail")
class SendSurveyMail implements JavaDelegate {

    /** Input parameter: the template, templates/mail/NAME.html and .txt, and with it what the step does. */
    static final ProcessVariable<String> MAIL = ProcessVariable.of("mail", String.class);
    static final String INVITATION = "survey-invitation";
    static final String REMINDER = "survey-reminder";

    private final Surveys surveys;
    private final Programmes programmes;
    private final PeopleService people;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    SendSurveyMail(Surveys surveys, Programmes programmes, PeopleService people, MailOutbox outbox,
            MessageSource messages, @Value("${mentorflow.base-url}") String baseUrl) {
        this.surveys = surveys;
        this.programmes = programmes;
        this.people = people;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = MAIL.getLocal(execution);
        long programmeId = ProgrammeSurveyProcess.PROGRAMME_ID.get(execution);
        Survey survey = Survey.valueOf(ProgrammeSurveyProcess.SURVEY.get(execution));
        Programme programme = programmes.get(programmeId);
        List<SurveyInvitation> recipients = switch (template) {
            case INVITATION -> surveys.invite(programmeId, survey);
            case REMINDER -> surveys.remind(programmeId, survey);
            default -> throw new IllegalArgumentException("Unknown survey mail '" + template + "' in "
                    + execution.getCurrentActivityId() + "; known: " + INVITATION + ", " + REMINDER);
        };
        String keySuffix = template.equals(INVITATION) ? "/invitation" : "/reminder";
        for (SurveyInvitation invitation : recipients) {
            if (invitation.getPersonId() == null) {
                continue; // the account was deleted
            }
            Person recipient = people.get(invitation.getPersonId());
            Map<String, Object> model = new HashMap<>();
            model.put("recipient", recipient);
            model.put("partner", partner(invitation));
            model.put("programme", programme.getName());
            model.put("survey", survey.name());
            model.put("role", invitation.getRole());
            model.put("surveyLink", baseUrl + "/surveys/" + invitation.getId());
            String surveyName = messages.getMessage("survey.name." + survey, null, recipient.getLocale());
            outbox.queue(keyPrefix(invitation.getId()) + keySuffix.substring(1), template, recipient, model,
                    programme.getName(), surveyName);
        }
    }

    /** The start of the outbox key of every mail about this invitation. */
    static String keyPrefix(long invitationId) {
        return "survey/" + invitationId + "/";
    }

    /** The other person of the invitation's mentorship, whom the mail names (as the answer page does). */
    private String partner(SurveyInvitation invitation) {
        return surveys.partnerName(invitation);
    }
}
