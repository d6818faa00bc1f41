package org.limber.channel.email.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal SMTP server on a loopback port that answers one command (by its verb, or "." for the end of the mail
 * data) with a given reply: the refusals a real mail server gives (550 unknown user, 450 mailbox busy, 554 spam)
 * that GreenMail, which accepts everything, cannot be made to give.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Map<String, String> replies;
    private final Thread acceptor;

    ScriptedSmtpServer(Map<String, String> replies) throws IOException {
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.replies = Map.copyOf(replies);
        this.acceptor = new Thread(this::serve, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // the client went away, or the server is closing
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        send(out, "220 scripted.test ESMTP");
        boolean data = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (data) {
                if (line.equals(".")) {
                    data = false;
                    send(out, replies.getOrDefault(".", "250 2.0.0 queued"));
                }
                continue;
            }
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            String reply = replies.get(verb.startsWith("RCPT") ? "RCPT" : verb);
            switch (verb) {
                case "EHLO", "HELO" -> send(out, reply == null ? "250 scripted.test" : reply);
                case "DATA" -> {
                    data = reply == null;
                    send(out, reply == null ? "354 end with <CRLF>.<CRLF>" : reply);
                }
                case "QUIT" -> {
                    send(out, "221 2.0.0 bye");
                    return;
                }
                default -> send(out, reply == null ? "250 2.0.0 OK" : reply);
            }
        }
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
