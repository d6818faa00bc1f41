package org.limber.itests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail in the Pax Exam driver's JVM (only the test's configuration method calls this, so the class never loads
 * inside Karaf). It runs until the driver exits.
 */
final class GreenMailServer {
    private static GreenMail server;

    private GreenMailServer() {
    }

    static synchronized void start(int smtpPort, int imapPort, String user, String password) {
        if (server != null) {
            return;
        }
        server = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.setUser(user, user, password);
        server.start();
    }
}
