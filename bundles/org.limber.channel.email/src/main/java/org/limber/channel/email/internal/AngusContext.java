package org.limber.channel.email.internal;

import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Runs Jakarta Mail code with Angus Mail's class loader as the thread's context class loader.
 *
 * <p>Why: the Jakarta Mail API finds its implementation with {@link java.util.ServiceLoader} on the context class
 * loader: the SMTP {@code jakarta.mail.Provider} when a {@code Session} is made, and the
 * {@code jakarta.mail.util.StreamProvider} (base64, quoted-printable) each time a message is encoded. In OSGi
 * the API bundle cannot see the implementation bundle's {@code META-INF/services}, and a delivery thread's context
 * class loader is nobody's in particular, so lookups fail with "No provider of jakarta.mail.util.StreamProvider was
 * found". The Angus Mail bundle's own loader sees its service files and loads its classes, and this bundle is wired
 * to that bundle through its imports of {@code org.eclipse.angus.mail.smtp}, so both come from one place. (The
 * alternatives, the HK2 OSGi resource locator or an SPI Fly weaving of the API bundle, need further bundles.)
 * On a plain class path this is the application class loader, which sees everything anyway.
 */
final class AngusContext {
    private static final ClassLoader ANGUS = SMTPTransport.class.getClassLoader();

    /** Mail work that may fail. */
    @FunctionalInterface
    interface MailWork<T, E extends Exception> {
        T run() throws E;
    }

    private AngusContext() {
    }

    static <T, E extends Exception> T call(MailWork<T, E> work) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ANGUS);
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
