package org.limber.channel.webhook.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.limber.channel.webhook.internal.WebhookAddress.InvalidAddress;
import org.limber.reminder.api.spi.DeliveryOutcome;
import org.limber.reminder.api.spi.ReminderChannel;
import org.limber.reminder.api.spi.ReminderMessage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code webhook} reminder channel: each reminder is one HTTP POST to the user's own URL.
 *
 * <p>The user's {@code preset} option picks the format: {@code json} (the default) posts
 * {@code {deliveryId, title, text, link, dueAt}}; {@code ntfy} posts the text as plain body to an ntfy topic URL
 * with {@code Title}, {@code Click} and {@code Tags} headers; {@code gotify} posts Gotify's message JSON to the
 * server's {@code /message?token=...} URL. With a {@code secret} option the request carries
 * {@code X-Limber-Signature: sha256=<hex HMAC-SHA256 of the body>}; every request carries
 * {@code X-Limber-Delivery: <deliveryId>}, the same across retries, so receivers can drop duplicates.
 *
 * <p>2xx is delivered; 408, 429, 5xx, timeouts and connection failures are retried later; other answers are final.
 * Redirects are not followed. Administrators set timeouts, concurrency and whether private network addresses are
 * allowed in {@link WebhookConfig} (PID {@code org.limber.channel.webhook}). URLs and secrets are never logged: a
 * URL may carry a token.
 */
@Component(service = ReminderChannel.class, property = ReminderChannel.CHANNEL_ID + "=" + WebhookChannel.ID,
        configurationPid = WebhookConfig.PID)
@Designate(ocd = WebhookConfig.class)
public class WebhookChannel implements ReminderChannel {
    static final String ID = "webhook";
    static final String DELIVERY_HEADER = "X-Limber-Delivery";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookChannel.class);

    private final HttpClient client;
    private final Duration requestTimeout;
    private final int maxConcurrent;
    private final Semaphore permits;
    private final boolean allowPrivateAddresses;

    @Activate
    public WebhookChannel(WebhookConfig config) {
        this.client = HttpClient.newBuilder()
                // one request per reminder: HTTP/1.1 is what every receiver speaks, without an h2c upgrade dance
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(Math.max(1, config.connectTimeoutSeconds())))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = Duration.ofSeconds(Math.max(1, config.requestTimeoutSeconds()));
        this.maxConcurrent = Math.max(1, config.maxConcurrent());
        this.permits = new Semaphore(maxConcurrent);
        this.allowPrivateAddresses = config.allowPrivateAddresses();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Webhook";
    }

    @Override
    public String addressLabel() {
        return "Webhook URL";
    }

    @Override
    public List<String> optionKeys() {
        return List.of(Preset.OPTION, Signature.OPTION);
    }

    @Override
    public Optional<String> checkAddress(String address, Map<String, String> options) {
        return WebhookAddress.check(address, options == null ? Map.of() : options, allowPrivateAddresses);
    }

    @Override
    public DeliveryOutcome deliver(ReminderMessage message) throws InterruptedException {
        Optional<String> problem = checkAddress(message.recipient(), message.options());
        if (problem.isPresent()) {
            return DeliveryOutcome.permanent(problem.get());
        }
        URI url;
        Preset preset;
        try {
            url = WebhookAddress.parse(message.recipient());
            preset = Preset.of(message.options().get(Preset.OPTION));
        } catch (InvalidAddress e) {
            return DeliveryOutcome.permanent(e.getMessage());
        }
        if (!allowPrivateAddresses) {
            Optional<DeliveryOutcome> refused = refusePrivate(url.getHost());
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        HttpRequest request;
        try {
            request = request(url, preset.format(message), message);
        } catch (IllegalArgumentException e) {
            // The JDK client refuses a few URLs and header values that URI parsing let through
            return DeliveryOutcome.permanent("The webhook URL or reminder cannot be sent over HTTP");
        }
        // Waiting for a free slot counts as waiting for a connection
        if (!permits.tryAcquire(client.connectTimeout().orElseThrow().toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.info("Webhook delivery {} found all {} slots busy", message.deliveryId(), maxConcurrent);
            return DeliveryOutcome.retryable("Too many webhook deliveries in progress; trying again later");
        }
        try {
            return send(request, message.deliveryId());
        } finally {
            permits.release();
        }
    }

    private HttpRequest request(URI url, WebhookRequest body, ReminderMessage message) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("Content-Type", body.contentType())
                .header("User-Agent", "Limber")
                .header(DELIVERY_HEADER, message.deliveryId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.body()));
        body.headers().forEach(builder::header);
        String secret = message.options().get(Signature.OPTION);
        if (secret != null && !secret.isEmpty()) {
            builder.header(Signature.HEADER, Signature.of(body.body(), secret));
        }
        return builder.build();
    }

    private DeliveryOutcome send(HttpRequest request, String deliveryId) throws InterruptedException {
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // The answer's body is not needed: closing it unread ends the exchange however much the receiver sends
            response.body().close();
            DeliveryOutcome outcome = StatusOutcomes.of(response.statusCode());
            LOG.debug("Webhook delivery {} answered HTTP {} in {} ms", deliveryId, response.statusCode(),
                    (System.nanoTime() - started) / 1_000_000);
            if (outcome instanceof DeliveryOutcome.Failed) {
                LOG.info("Webhook delivery {} failed with HTTP {}", deliveryId, response.statusCode());
            }
            return outcome;
        } catch (HttpConnectTimeoutException e) {
            return failed(deliveryId, "The webhook's server did not accept a connection within "
                    + client.connectTimeout().orElseThrow().toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            return failed(deliveryId, "The webhook's server did not answer within " + requestTimeout.toSeconds()
                    + " s");
        } catch (ConnectException e) {
            return failed(deliveryId, "Could not connect to the webhook's server");
        } catch (IOException e) {
            // The exception's message may quote the host or URL: only its type is reported
            return failed(deliveryId, "The connection to the webhook's server failed ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static DeliveryOutcome failed(String deliveryId, String reason) {
        LOG.info("Webhook delivery {} failed: {}", deliveryId, reason);
        return DeliveryOutcome.retryable(reason);
    }

    /** The host resolved now: refused when any of its addresses is private, retried when it does not resolve. */
    private static Optional<DeliveryOutcome> refusePrivate(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        try {
            for (InetAddress address : InetAddress.getAllByName(bare)) {
                if (NetworkAddresses.isPrivate(address)) {
                    return Optional.of(DeliveryOutcome.permanent(WebhookAddress.privateRefusal()));
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of(DeliveryOutcome.retryable("The webhook's host name could not be resolved"));
        }
    }
}
