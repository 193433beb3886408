package org.mentorflow.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The demo run's SMTP catcher: accepts every mail on loopback so delivery really happens without a mail
 * server on the machine. What it caught is readable at /mail (the outbox keeps each mail as sent).
 */
@Component
@ConditionalOnProperty("mentorflow.mail.embedded-smtp")
class EmbeddedSmtpServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpServer.class);

    private final GreenMail greenMail;
    private boolean running;

    EmbeddedSmtpServer(@Value("${spring.mail.host}") String host, @Value("${spring.mail.port}") int port) {
        this.greenMail = new PromptGreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
    }

    @Override
    public void start() {
        greenMail.start();
        running = true;
        log.info("Demo SMTP catcher listening on {}; read the mails at /mail", greenMail.getSmtp().getServerSetup());
    }

    @Override
    public void stop() {
        greenMail.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Up before the job executor and the mail poller start sending. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }
}
