package org.limber.channel.email.internal;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.api.spi.ReminderChannel;
import org.limber.reminder.api.spi.ReminderMessage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * The {@code email} reminder channel: each reminder is a plain-text mail through the administrator's SMTP server
 * (Jakarta Mail, implemented by Eclipse Angus Mail).
 *
 * <p>The subject is the reminder's title, the body its text and the link into Limber; the header
 * {@code X-Limber-Delivery} carries the delivery id, the same across retries. The user's address is checked strictly
 * ({@code InternetAddress} in strict mode) when it is saved. An SMTP 4xx answer, a timeout or a connection failure is
 * retried later; a 5xx refusal of the address or message is final. The server, its security (none, STARTTLS or TLS),
 * the sign-in, the sender and the timeouts are administrator configuration, {@link EmailConfig} (PID
 * {@code org.limber.channel.email}). Addresses, the password and message text are never logged; the delivery id is.
 */
@Component(service = ReminderChannel.class, property = ReminderChannel.CHANNEL_ID + "=" + EmailChannel.ID,
        configurationPid = EmailConfig.PID)
@Designate(ocd = EmailConfig.class)
public class EmailChannel implements ReminderChannel {
    static final String ID = "email";
    static final String DELIVERY_HEADER = "X-Limber-Delivery";
    private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);

    private final SmtpSettings settings;
    private final Session session;

    @Activate
    public EmailChannel(EmailConfig config) {
        this.settings = SmtpSettings.of(config);
        this.session = AngusContext.call(() -> Session.getInstance(settings.sessionProperties()));
        LOG.info("Email channel sends through {}", settings);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Email";
    }

    @Override
    public String addressLabel() {
        return "Email address";
    }

    @Override
    public List<String> optionKeys() {
        return List.of();
    }

    @Override
    public Optional<String> checkAddress(String address, Map<String, String> options) {
        return EmailAddress.check(address);
    }

    @Override
    public DeliveryOutcome deliver(ReminderMessage message) throws InterruptedException {
        Optional<String> problem = EmailAddress.check(message.recipient());
        if (problem.isPresent()) {
            return DeliveryOutcome.permanent(problem.get());
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long started = System.nanoTime();
        try {
            AngusContext.call(() -> {
                send(mail(message));
                return null;
            });
            LOG.debug("Email delivery {} accepted in {} ms", message.deliveryId(),
                    (System.nanoTime() - started) / 1_000_000);
            return DeliveryOutcome.delivered("Accepted by the mail server");
        } catch (MessagingException e) {
            DeliveryOutcome outcome = MailOutcomes.of(e, settings.timeout());
            LOG.info("Email delivery {} failed ({}): {}", message.deliveryId(), e.getClass().getSimpleName(),
                    outcome instanceof DeliveryOutcome.Failed failed && failed.retryable() ? "retryable" : "final");
            return outcome;
        }
    }

    private MimeMessage mail(ReminderMessage message) throws MessagingException {
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(settings.from());
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient().strip(), true));
        mail.setSubject(message.title(), StandardCharsets.UTF_8.name());
        mail.setSentDate(new Date());
        mail.setHeader(DELIVERY_HEADER, message.deliveryId());
        // The body as bytes with their type, rather than setText: a String body would be encoded through the
        // Jakarta Activation mailcap registry, which needs yet another implementation bundle found the same way
        String link = message.link() == null ? "" : "\n\n" + message.link().toASCIIString();
        String body = Objects.toString(message.text(), "") + link + "\n";
        mail.setDataHandler(new DataHandler(new ByteArrayDataSource(body.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8")));
        return mail;
    }

    private void send(MimeMessage mail) throws MessagingException {
        mail.saveChanges();
        Transport transport = session.getTransport(settings.protocol());
        try {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            transport.sendMessage(mail, mail.getAllRecipients());
        } finally {
            closeQuietly(transport);
        }
    }

    /** Once the server has taken the mail, a failed QUIT must not turn into a retry that sends it twice. */
    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("Closing the SMTP connection failed: {}", e.getClass().getSimpleName());
        }
    }
}
