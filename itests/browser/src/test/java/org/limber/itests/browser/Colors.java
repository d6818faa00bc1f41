package org.limber.itests.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WCAG relative luminance and contrast of CSS rgb()/rgba() colours. */
final class Colors {

    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*([\\d.]+)[,\\s]+([\\d.]+)[,\\s]+([\\d.]+)");

    private Colors() {
    }

    static double luminance(String css) {
        Matcher m = RGB.matcher(css);
        if (!m.find()) {
            throw new IllegalArgumentException("not an rgb() colour: " + css);
        }
        return 0.2126 * channel(m.group(1)) + 0.7152 * channel(m.group(2)) + 0.0722 * channel(m.group(3));
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double channel(String value) {
        double c = Double.parseDouble(value) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
