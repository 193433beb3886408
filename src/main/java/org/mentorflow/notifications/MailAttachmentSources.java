package org.mentorflow.notifications;

import java.util.Map;
import org.springframework.stereotype.Component;

/** The {@link MailAttachmentSource} beans by name, as mail steps name them in their {@code attach} input. */
@Component
public class MailAttachmentSources {

    private final Map<String, MailAttachmentSource> sources;

    MailAttachmentSources(Map<String, MailAttachmentSource> sources) {
        this.sources = sources;
    }

    /** The source of this name; null for none (a mail without files); a name no bean has is a modelling error. */
    public MailAttachmentSource named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        MailAttachmentSource source = sources.get(name);
        if (source == null) {
            throw new IllegalStateException("No attachment source '" + name + "'; known: " + sources.keySet());
        }
        return source;
    }
}
