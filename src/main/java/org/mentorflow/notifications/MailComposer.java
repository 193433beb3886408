package org.mentorflow.notifications;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders mail templates: {@code templates/mail/NAME.html} and {@code NAME.txt}, with texts from the
 * message bundles in the recipient's language; the subject is the message {@code mail.NAME.subject}.
 */
@Component
class MailComposer {

    private final ITemplateEngine templates;
    private final MessageSource messages;

    MailComposer(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    RenderedMail render(String template, Locale locale, Map<String, Object> model, Object... subjectArgs) {
        Context context = new Context(locale, model);
        String subject = messages.getMessage("mail." + template + ".subject", subjectArgs, locale);
        String html = templates.process("mail/" + template, context);
        String text = templates.process("mail/" + template + ".txt", context);
        return new RenderedMail(subject, html, text);
    }
}
