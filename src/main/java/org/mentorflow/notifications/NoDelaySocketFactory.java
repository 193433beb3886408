package org.mentorflow.notifications;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * The SMTP client's sockets, with Nagle's algorithm off. Jakarta Mail writes a mail's body and the "." that ends it
 * in two writes, then waits for the answer: Nagle holds the "." until the server acknowledges the body, and the
 * server delays that acknowledgement by up to 40 ms (delayed ACK), so every mail waited 40 ms for nothing (measured
 * in LifecycleBenchmarkTest's flight recording: 593 SMTP reads of 40-44 ms). Named by
 * {@code mail.smtp.socketFactory.class}, which Jakarta Mail instantiates through {@link #getDefault()}.
 */
public final class NoDelaySocketFactory extends SocketFactory {

    private static final NoDelaySocketFactory INSTANCE = new NoDelaySocketFactory();

    /** What Jakarta Mail calls to get the factory. */
    public static SocketFactory getDefault() {
        return INSTANCE;
    }

    @Override
    public Socket createSocket() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
        Socket socket = createSocket();
        if (local != null) {
            socket.bind(local);
        }
        socket.connect(remote);
        return socket;
    }
}
