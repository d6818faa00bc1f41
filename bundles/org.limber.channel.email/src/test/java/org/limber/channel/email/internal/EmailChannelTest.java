package org.limber.channel.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.api.spi.ReminderMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** The email channel against a real SMTP server: GreenMail, or a scripted one for refusals GreenMail never gives. */
class EmailChannelTest {
    private static final URI LINK = URI.create("https://limber.example.org/#/play/7");
    private static final Instant DUE = Instant.parse("2025-03-30T18:30:00Z");

    private GreenMail greenMail;

    @BeforeEach
    void startGreenMail() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("limber@example.org", "limber",
                        "mail-pass-hunter2"));
        greenMail.start();
    }

    @AfterEach
    void stopGreenMail() {
        greenMail.stop();
    }

    static EmailConfig config(int port, String username, String password, int timeoutSeconds) {
        return new EmailConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EmailConfig.class;
            }

            @Override
            public String host() {
                return "127.0.0.1";
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public String security() {
                return "none";
            }

            @Override
            public String username() {
                return username;
            }

            @Override
            public String _password() {
                return password;
            }

            @Override
            public String from() {
                return "Limber <limber@example.org>";
            }

            @Override
            public int connectTimeoutSeconds() {
                return timeoutSeconds;
            }

            @Override
            public int timeoutSeconds() {
                return timeoutSeconds;
            }
        };
    }

    private EmailChannel channel() {
        return new EmailChannel(config(greenMail.getSmtp().getPort(), "", "", 10));
    }

    private static ReminderMessage message(String to, String title, String text) {
        return new ReminderMessage("d-42", to, Map.of(), DUE, title, text, LINK);
    }

    @Test
    void deliversAPlainTextMailWithSubjectBodyLinkAndDeliveryHeader() throws Exception {
        DeliveryOutcome outcome = channel().deliver(message("alice@example.org", "Limber",
                "Time for your evening routine"));

        assertEquals(DeliveryOutcome.delivered("Accepted by the mail server"), outcome);
        assertTrue(greenMail.waitForIncomingEmail(10_000, 1));
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertEquals("Limber", mail.getSubject());
        assertEquals(new InternetAddress("Limber <limber@example.org>"), mail.getFrom()[0]);
        assertEquals(new InternetAddress("alice@example.org"), mail.getAllRecipients()[0]);
        assertEquals("d-42", mail.getHeader("X-Limber-Delivery")[0]);
        assertTrue(mail.getContentType().startsWith("text/plain; charset=UTF-8"), mail.getContentType());
        assertEquals("Time for your evening routine\r\n\r\n" + LINK, GreenMailUtil.getBody(mail).stripTrailing());
    }

    @Test
    void textBeyondAsciiArrivesIntact() throws Exception {
        DeliveryOutcome outcome = channel().deliver(message("bob@example.org", "Zeit für Dehnübungen",
                "Zeit für deine Abendroutine – 10 Minuten"));

        assertInstanceOf(DeliveryOutcome.Delivered.class, outcome);
        assertTrue(greenMail.waitForIncomingEmail(10_000, 1));
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertEquals("Zeit für Dehnübungen", mail.getSubject());
        assertEquals("Zeit für deine Abendroutine – 10 Minuten\r\n\r\n" + LINK,
                ((String) mail.getContent()).stripTrailing());
    }

    @Test
    void signsInWhenAUserIsConfigured() throws Exception {
        EmailChannel channel = new EmailChannel(config(greenMail.getSmtp().getPort(), "limber", "mail-pass-hunter2",
                10));

        assertInstanceOf(DeliveryOutcome.Delivered.class, channel.deliver(message("alice@example.org", "Limber",
                "Time for your routine")));
        assertTrue(greenMail.waitForIncomingEmail(10_000, 1));
    }

    @Test
    void aRefusedSignInIsRetriedAndNamesNoPassword() throws Exception {
        EmailChannel channel = new EmailChannel(config(greenMail.getSmtp().getPort(), "limber", "wrong-password",
                10));

        DeliveryOutcome outcome = channel.deliver(message("alice@example.org", "Limber", "Time for your routine"));

        DeliveryOutcome.Failed failed = assertInstanceOf(DeliveryOutcome.Failed.class, outcome);
        assertTrue(failed.retryable());
        assertTrue(failed.reason().startsWith("The mail server refused Limber's sign-in"), failed.reason());
        assertFalse(failed.reason().contains("wrong-password"));
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void anUnreachableServerIsRetried() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        EmailChannel channel = new EmailChannel(config(closedPort, "", "", 5));

        DeliveryOutcome outcome = channel.deliver(message("alice@example.org", "Limber", "Time for your routine"));

        assertEquals(DeliveryOutcome.retryable("Could not connect to the mail server"), outcome);
    }

    @Test
    void aServerThatNeverGreetsTimesOutRetryably() throws Exception {
        // The kernel completes the connection; nobody ever answers on it
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            EmailChannel channel = new EmailChannel(config(silent.getLocalPort(), "", "", 1));
            long started = System.nanoTime();

            DeliveryOutcome outcome = channel.deliver(message("alice@example.org", "Limber", "Time"));

            assertEquals(DeliveryOutcome.retryable("The mail server did not answer within 1 s"), outcome);
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(8)) < 0);
        }
    }

    @Test
    void aRefusedRecipientIsFinal() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(Map.of("RCPT", "550 5.1.1 No such user here"))) {
            EmailChannel channel = new EmailChannel(config(server.port(), "", "", 5));

            DeliveryOutcome outcome = channel.deliver(message("nobody@example.org", "Limber", "Time"));

            assertEquals(DeliveryOutcome.permanent("SMTP 550: the mail server refused the address (550 5.1.1 No "
                    + "such user here)"), outcome);
        }
    }

    @Test
    void aDeferredRecipientIsRetried() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(Map.of("RCPT", "450 4.2.1 Mailbox busy, try later"))) {
            EmailChannel channel = new EmailChannel(config(server.port(), "", "", 5));

            DeliveryOutcome outcome = channel.deliver(message("busy@example.org", "Limber", "Time"));

            assertEquals(DeliveryOutcome.retryable("SMTP 450: the mail server deferred the address (450 4.2.1 "
                    + "Mailbox busy, try later)"), outcome);
        }
    }

    @Test
    void aRefusedMessageIsFinalAndATemporaryFailureIsRetried() throws Exception {
        try (ScriptedSmtpServer refusing = new ScriptedSmtpServer(Map.of(".", "554 5.7.1 Message rejected"));
             ScriptedSmtpServer deferring = new ScriptedSmtpServer(Map.of(".", "451 4.3.0 Try again later"))) {
            DeliveryOutcome refused = new EmailChannel(config(refusing.port(), "", "", 5))
                    .deliver(message("alice@example.org", "Limber", "Time"));
            DeliveryOutcome deferred = new EmailChannel(config(deferring.port(), "", "", 5))
                    .deliver(message("alice@example.org", "Limber", "Time"));

            assertEquals(DeliveryOutcome.permanent("SMTP 554: the mail server refused the message (554 5.7.1 "
                    + "Message rejected)"), refused);
            assertEquals(DeliveryOutcome.retryable("SMTP 451: the mail server deferred the message (451 4.3.0 Try "
                    + "again later)"), deferred);
        }
    }

    @Test
    void aScriptedServerThatAcceptsDelivers() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(Map.of())) {
            assertInstanceOf(DeliveryOutcome.Delivered.class, new EmailChannel(config(server.port(), "", "", 5))
                    .deliver(message("alice@example.org", "Limber", "Time")));
        }
    }

    @Test
    void badAddressesAreRefusedWithReasons() {
        EmailChannel channel = channel();
        assertEquals("Enter your email address.", channel.checkAddress("  ", Map.of()).orElseThrow());
        assertEquals("This is not a valid email address; enter it as name@example.org.",
                channel.checkAddress("alice", Map.of()).orElseThrow());
        assertEquals("This is not a valid email address; enter it as name@example.org.",
                channel.checkAddress("alice@exa mple.org", Map.of()).orElseThrow());
        assertEquals("This is not a valid email address; enter it as name@example.org.",
                channel.checkAddress("alice@@example.org", Map.of()).orElseThrow());
        assertEquals("Enter the address alone (name@example.org), without a name or angle brackets.",
                channel.checkAddress("Alice <alice@example.org>", Map.of()).orElseThrow());
        assertEquals("An email address has at most 254 characters.",
                channel.checkAddress("a".repeat(250) + "@example.org", Map.of()).orElseThrow());
        assertTrue(channel.checkAddress("alice@example.org", Map.of()).isEmpty());
        assertTrue(channel.checkAddress(" alice.smith+limber@mail.example.org ", Map.of()).isEmpty());
    }

    @Test
    void aBadAddressIsNotSentAtAll() throws Exception {
        DeliveryOutcome outcome = channel().deliver(message("not an address", "Limber", "Time"));

        assertEquals(DeliveryOutcome.permanent("This is not a valid email address; enter it as name@example.org."),
                outcome);
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void badSettingsStopTheChannelFromStarting() {
        EmailConfig base = config(25, "", "", 10);
        EmailConfig badSecurity = new EmailConfigOverride(base) {
            @Override
            public String security() {
                return "ssl";
            }
        };
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new EmailChannel(badSecurity));
        assertEquals("security must be none, starttls or tls, not \"ssl\"", thrown.getMessage());
    }

    /** A configuration like another but for the methods overridden. */
    private abstract static class EmailConfigOverride implements EmailConfig {
        private final EmailConfig base;

        EmailConfigOverride(EmailConfig base) {
            this.base = base;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return EmailConfig.class;
        }

        @Override
        public String host() {
            return base.host();
        }

        @Override
        public int port() {
            return base.port();
        }

        @Override
        public String security() {
            return base.security();
        }

        @Override
        public String username() {
            return base.username();
        }

        @Override
        public String _password() {
            return base._password();
        }

        @Override
        public String from() {
            return base.from();
        }

        @Override
        public int connectTimeoutSeconds() {
            return base.connectTimeoutSeconds();
        }

        @Override
        public int timeoutSeconds() {
            return base.timeoutSeconds();
        }
    }

}
