package org.mentorflow.notifications;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

/**
 * GreenMail (the demo's SMTP catcher and the tests' mail server) whose SMTP replies leave at once. GreenMail writes
 * a multi-line reply (EHLO's) a line at a time: with Nagle's algorithm on, its second line waits for the client's
 * acknowledgement of the first, which the client delays by up to 40 ms, so every SMTP session stood still for 40 ms
 * (seen in LifecycleBenchmarkTest's flight recording). A real mail server writes the reply in one piece.
 */
public class PromptGreenMail extends GreenMail {

    public PromptGreenMail(ServerSetup... setups) {
        super(setups);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(setups, managers);
        services.replaceAll((protocol, server) -> server instanceof SmtpServer
                ? new PromptSmtpServer(server.getServerSetup(), managers) : server);
        return services;
    }

    private static final class PromptSmtpServer extends SmtpServer {
        PromptSmtpServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected void handleClientSocket(Socket socket) throws SocketException {
            socket.setTcpNoDelay(true);
            super.handleClientSocket(socket);
        }
    }
}
