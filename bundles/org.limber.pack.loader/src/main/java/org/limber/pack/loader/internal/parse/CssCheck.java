package org.limber.pack.loader.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds what in CSS (a {@code <style>} element, a style attribute or a presentation attribute) could load
 * something from outside the drawing or run script. Only {@code url(#id)} references are allowed.
 */
final class CssCheck {
    private static final List<String> FETCHING_FUNCTIONS = List.of("image-set(", "image(", "src(", "expression(");

    private CssCheck() {
    }

    static List<String> findings(String css) {
        List<String> findings = new ArrayList<>();
        String lower = css.toLowerCase(Locale.ROOT);
        if (lower.contains("@import")) {
            findings.add("@import is not allowed");
        }
        if (css.indexOf('\\') >= 0) {
            // escapes could spell url( or javascript: in a way the checks below do not see
            findings.add("backslash escapes are not allowed");
        }
        for (int at = lower.indexOf("url("); at >= 0; at = lower.indexOf("url(", at + 1)) {
            String target = target(css, at + "url(".length());
            if (!target.startsWith("#")) {
                findings.add("url(" + Excerpt.of(target) + ") refers outside the drawing; only url(#id) is allowed");
            }
        }
        for (String function : FETCHING_FUNCTIONS) {
            if (lower.contains(function)) {
                findings.add("the CSS function " + function + ") is not allowed");
            }
        }
        return findings;
    }

    private static String target(String css, int start) {
        int at = start;
        while (at < css.length() && (Character.isWhitespace(css.charAt(at)) || isQuote(css.charAt(at)))) {
            at++;
        }
        int end = css.indexOf(')', at);
        String target = css.substring(at, end < 0 ? css.length() : end).trim();
        while (!target.isEmpty() && isQuote(target.charAt(target.length() - 1))) {
            target = target.substring(0, target.length() - 1);
        }
        return target;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }
}
