package org.limber.channel.webhook.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a user may enter as a webhook: an http(s) URL with a host and no credentials, and options that fit it. */
final class WebhookAddress {
    static final int MAX_LENGTH = 2000;
    static final int MAX_SECRET_LENGTH = 256;

    private WebhookAddress() {
    }

    /** The URL when the address is usable, else an exception whose message tells the user what is wrong. */
    static URI parse(String address) throws InvalidAddress {
        if (address == null || address.isBlank()) {
            throw new InvalidAddress("Enter the webhook URL.");
        }
        if (address.length() > MAX_LENGTH) {
            throw new InvalidAddress("The URL is longer than " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw new InvalidAddress("This is not a valid URL (check for spaces or stray characters).");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidAddress("The URL must start with http:// or https://.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidAddress("Put no user name or password in the URL (user:password@); use the signing "
                    + "secret or a token the receiver accepts in the URL's query instead.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidAddress("The URL must name a host, e.g. https://ntfy.example.org/limber.");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new InvalidAddress("The URL's port must be between 1 and 65535.");
        }
        return uri;
    }

    /** Empty when the address and options are usable; else the problem in the user's terms. */
    static Optional<String> check(String address, Map<String, String> options, boolean allowPrivateAddresses) {
        try {
            URI uri = parse(address);
            Preset preset = Preset.of(options.get(Preset.OPTION));
            Optional<String> presetProblem = preset.checkUrl(uri);
            if (presetProblem.isPresent()) {
                return presetProblem;
            }
            String secret = options.get(Signature.OPTION);
            if (secret != null && secret.length() > MAX_SECRET_LENGTH) {
                return Optional.of("The signing secret is longer than " + MAX_SECRET_LENGTH + " characters.");
            }
            if (!allowPrivateAddresses && NetworkAddresses.isPrivateLiteral(uri.getHost())) {
                return Optional.of(privateRefusal());
            }
            return Optional.empty();
        } catch (InvalidAddress e) {
            return Optional.of(e.getMessage());
        }
    }

    static String privateRefusal() {
        return "This Limber does not send webhooks to private network addresses; use a public address.";
    }

    /** An address or option the user must correct; its message is shown to them. */
    static final class InvalidAddress extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidAddress(String message) {
            super(message, null, false, false);
        }
    }
}
