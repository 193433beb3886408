package org.mentorflow.nodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP relay in front of the test's SMTP server that can hold the server's answer to a mail's final dot: the mail
 * has then arrived, but the node's delivery hangs with its outbox rows claimed, as when a node dies mid-delivery.
 */
final class SmtpRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final int target;
    private final Object gate = new Object();
    private volatile boolean held;

    SmtpRelay(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "smtp-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** While held, what the server answers waits in the relay. */
    void hold(boolean hold) {
        synchronized (gate) {
            held = hold;
            gate.notifyAll();
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                boolean[] dataEnded = new boolean[1];
                pipe(client, server, dataEnded, false);
                pipe(server, client, dataEnded, true);
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Client to server: notes the end of a mail's data ("CRLF.CRLF"); server to client: holds the answer to it. */
    private void pipe(Socket from, Socket to, boolean[] dataEnded, boolean answers) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            int last = 0; // the last four bytes sent, to see the end marker across reads
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    synchronized (gate) {
                        if (answers) {
                            while (held && dataEnded[0]) {
                                gate.wait();
                            }
                            dataEnded[0] = false;
                        } else {
                            for (int i = 0; i < read; i++) {
                                if (last == 0x0d0a2e0d && buffer[i] == 0x0a) {
                                    dataEnded[0] = true;
                                }
                                last = (last << 8) | (buffer[i] & 0xff);
                            }
                        }
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException cut) {
                // one side went away (the node was killed): the other is closed with it
            } finally {
                close(from);
                close(to);
            }
        }, "smtp-relay-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        hold(false);
        listener.close();
    }
}
