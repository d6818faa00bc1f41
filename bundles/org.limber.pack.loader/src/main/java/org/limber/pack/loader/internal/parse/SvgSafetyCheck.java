package org.limber.pack.loader.internal.parse;

import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Decides whether an SVG drawing is inert: well-formed, rooted in an SVG {@code <svg>}, with no DTD, no script,
 * no event handlers, no embedded documents and no reference to anything outside itself. Element and attribute
 * names are compared case-insensitively because the drawing may end up inlined in HTML.
 */
final class SvgSafetyCheck {
    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final int MAX_FINDINGS = 20;
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of(
            "script", "foreignobject", "iframe", "object", "embed", "image", "handler", "audio", "video");
    private static final Set<String> REFERENCE_ATTRIBUTES = Set.of("href", "src");

    private SvgSafetyCheck() {
    }

    /** @return what is wrong with the drawing, in plain words; empty when it is safe to serve */
    static List<String> check(String svg) {
        Scan scan = new Scan();
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new StringReader(svg));
            while (reader.hasNext() && scan.findings.size() < MAX_FINDINGS) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    // nothing after a DOCTYPE can be trusted to mean what it seems
                    scan.findings.add("a DOCTYPE is not allowed");
                    break;
                }
                scan.event(event, reader);
            }
        } catch (XMLStreamException e) {
            scan.findings.add("the SVG is not well-formed XML" + position(e.getLocation()) + ": " + reason(e));
        } catch (RuntimeException e) {
            // some malformed input trips the JDK parser into unchecked exceptions
            scan.findings.add("the SVG cannot be read: " + e.getMessage());
        } finally {
            close(reader);
        }
        return List.copyOf(scan.findings).subList(0, Math.min(MAX_FINDINGS, scan.findings.size()));
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static final class Scan {
        final Set<String> findings = new LinkedHashSet<>();
        boolean rootSeen;
        StringBuilder styleText;

        void event(int event, XMLStreamReader reader) {
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> start(reader);
                case XMLStreamConstants.END_ELEMENT -> end(reader);
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (styleText != null) {
                        styleText.append(reader.getText());
                    }
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                        findings.add("processing instruction <?" + reader.getPITarget() + "?> is not allowed");
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        findings.add("entity reference &" + reader.getLocalName() + "; is not allowed");
                default -> {
                    // comments, the document start and end are harmless
                }
            }
        }

        private void start(XMLStreamReader reader) {
            String element = reader.getLocalName();
            String lower = element.toLowerCase(Locale.ROOT);
            if (!rootSeen) {
                rootSeen = true;
                if (!"svg".equals(element) || !SVG_NAMESPACE.equals(reader.getNamespaceURI())) {
                    findings.add("the root element must be <svg> in the SVG namespace (xmlns=\"" + SVG_NAMESPACE
                            + "\"), not <" + element + ">" + namespaceNote(reader.getNamespaceURI()));
                }
            }
            if (FORBIDDEN_ELEMENTS.contains(lower)) {
                findings.add("<" + element + "> element is not allowed");
            }
            if ("style".equals(lower)) {
                styleText = new StringBuilder();
            }
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                attribute(element, reader.getAttributePrefix(i), reader.getAttributeNamespace(i),
                        reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
        }

        private void attribute(String element, String prefix, String namespace, String name, String value) {
            String lower = name.toLowerCase(Locale.ROOT);
            String shown = "'" + (prefix == null || prefix.isEmpty() ? name : prefix + ":" + name) + "'";
            String where = " on <" + element + ">";
            if (lower.startsWith("on")) {
                findings.add("event handler attribute " + shown + where + " is not allowed");
            }
            if (XMLConstants.XML_NS_URI.equals(namespace) && "base".equals(lower)) {
                findings.add("attribute " + shown + where + " is not allowed");
            }
            if (REFERENCE_ATTRIBUTES.contains(lower) && !value.trim().startsWith("#")) {
                findings.add("reference '" + Excerpt.of(value) + "' in " + shown + where
                        + " is not allowed; only references inside the drawing ('#id') are");
            }
            if ("attributename".equals(lower) && isUnsafeAnimationTarget(value)) {
                findings.add("<" + element + "> may not animate '" + Excerpt.of(value) + "'");
            }
            if (hasScriptUrl(value)) {
                findings.add("attribute " + shown + where + " contains a javascript: URL");
            }
            for (String finding : CssCheck.findings(value)) {
                findings.add("attribute " + shown + where + ": " + finding);
            }
        }

        private void end(XMLStreamReader reader) {
            if (styleText != null && "style".equalsIgnoreCase(reader.getLocalName())) {
                String css = styleText.toString();
                if (hasScriptUrl(css)) {
                    findings.add("<style> element contains a javascript: URL");
                }
                for (String finding : CssCheck.findings(css)) {
                    findings.add("<style> element: " + finding);
                }
                styleText = null;
            }
        }
    }

    private static boolean isUnsafeAnimationTarget(String attributeName) {
        String target = attributeName.trim().toLowerCase(Locale.ROOT);
        target = target.substring(target.indexOf(':') + 1);
        return REFERENCE_ATTRIBUTES.contains(target) || target.startsWith("on");
    }

    /** Browsers ignore whitespace and control characters inside a URL scheme, so this does too. */
    static boolean hasScriptUrl(String value) {
        StringBuilder squeezed = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > ' ') {
                squeezed.append(Character.toLowerCase(c));
            }
        }
        String text = squeezed.toString();
        return text.contains("javascript:") || text.contains("vbscript:");
    }

    private static String namespaceNote(String namespace) {
        return namespace == null || namespace.isEmpty() ? " without a namespace" : " in namespace " + namespace;
    }

    private static String position(Location location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + "Message: ".length()).trim() : message.trim();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was opened that needs releasing
            }
        }
    }
}
