package org.limber.channel.webhook.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.limber.channel.webhook.internal.WebhookAddress.InvalidAddress;
import org.limber.reminder.api.spi.ReminderMessage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The message formats a webhook can speak, chosen by the user's {@code preset} option. */
enum Preset {
    /** Limber's own JSON: {@code {deliveryId, title, text, link, dueAt}}. */
    JSON {
        @Override
        WebhookRequest format(ReminderMessage message) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("deliveryId", message.deliveryId());
            body.put("title", message.title());
            body.put("text", message.text());
            body.put("link", message.link() == null ? null : message.link().toASCIIString());
            body.put("dueAt", message.dueAt() == null ? null : message.dueAt().toString());
            return new WebhookRequest(json(body), JSON_TYPE, Map.of());
        }
    },
    /** ntfy's publish format: the text as plain body, the rest in headers. The URL is the topic's. */
    NTFY {
        @Override
        WebhookRequest format(ReminderMessage message) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Title", headerValue(message.title()));
            headers.put("Tags", "alarm_clock");
            if (message.link() != null) {
                headers.put("Click", message.link().toASCIIString());
            }
            return new WebhookRequest(nullToEmpty(message.text()).getBytes(StandardCharsets.UTF_8),
                    "text/plain; charset=utf-8", headers);
        }

        @Override
        Optional<String> checkUrl(URI url) {
            String path = url.getPath();
            return path == null || path.replace("/", "").isEmpty()
                    ? Optional.of("An ntfy URL names the topic, e.g. https://ntfy.sh/my-limber-topic.")
                    : Optional.empty();
        }
    },
    /**
     * Gotify's message API. The user's URL is the message endpoint with the application token in its query
     * ({@code https://gotify.example.org/message?token=...}); the link becomes the notification's click target.
     */
    GOTIFY {
        @Override
        WebhookRequest format(ReminderMessage message) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", message.title());
            body.put("message", nullToEmpty(message.text()));
            body.put("priority", GOTIFY_PRIORITY);
            if (message.link() != null) {
                body.put("extras", Map.of("client::notification",
                        Map.of("click", Map.of("url", message.link().toASCIIString()))));
            }
            return new WebhookRequest(json(body), JSON_TYPE, Map.of());
        }

        @Override
        Optional<String> checkUrl(URI url) {
            String path = url.getPath() == null ? "" : url.getPath();
            String query = url.getRawQuery() == null ? "" : "&" + url.getRawQuery();
            return path.endsWith("/message") && query.contains("&token=")
                    ? Optional.empty()
                    : Optional.of("A Gotify URL is the server's /message endpoint with the application token, "
                            + "e.g. https://gotify.example.org/message?token=AbCdEf.");
        }
    };

    static final String OPTION = "preset";
    private static final String JSON_TYPE = "application/json";
    /** Gotify's clients notify with sound from priority 4 on; 5 is an ordinary reminder. */
    private static final int GOTIFY_PRIORITY = 5;
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    abstract WebhookRequest format(ReminderMessage message);

    /** Empty when the URL suits this preset, else what the user should enter. */
    Optional<String> checkUrl(URI url) {
        return Optional.empty();
    }

    /** The preset of an option value, JSON when it is unset. */
    static Preset of(String option) throws InvalidAddress {
        if (option == null || option.isBlank()) {
            return JSON;
        }
        for (Preset preset : values()) {
            if (preset.name().equalsIgnoreCase(option.strip())) {
                return preset;
            }
        }
        throw new InvalidAddress("Unknown preset \"" + option.strip().toLowerCase(Locale.ROOT)
                + "\": use json, ntfy or gotify.");
    }

    private static byte[] json(Map<String, Object> body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings did not serialize", e);
        }
    }

    /**
     * A header value as ntfy reads it: printable ASCII as is, anything else as an RFC 2047 encoded word, since
     * HTTP header values are not UTF-8.
     */
    static String headerValue(String text) {
        String flat = nullToEmpty(text).replaceAll("\\p{Cntrl}", " ");
        if (flat.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return flat;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(flat.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
