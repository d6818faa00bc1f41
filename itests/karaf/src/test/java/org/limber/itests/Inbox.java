package org.limber.itests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.angus.mail.imap.IMAPStore;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.URLName;

/**
 * Reads a GreenMail mailbox over IMAP from inside Karaf. A class of its own so that the test class loads before the
 * email feature (and with it Jakarta Mail) is installed.
 */
final class Inbox {
    record Mail(String subject, String body) {
    }

    private Inbox() {
    }

    static List<Mail> read(int imapPort, String user, String password) throws Exception {
        // Jakarta Mail finds its providers through the context class loader: inside OSGi that must be Angus Mail's.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(IMAPStore.class.getClassLoader());
        try {
            Store imap = new IMAPStore(Session.getInstance(new Properties()),
                    new URLName("imap", "127.0.0.1", imapPort, null, user, password));
            imap.connect();
            try {
                Folder inbox = imap.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    // The decoded body as bytes: Activation's content handlers are not visible from here.
                    mails.add(new Mail(message.getSubject(), new String(message.getInputStream().readAllBytes(),
                            StandardCharsets.UTF_8)));
                }
                return mails;
            } finally {
                imap.close();
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
