package org.limber.pack.loader.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.limber.pack.loader.internal.parse.TestPacks.accepted;
import static org.limber.pack.loader.internal.parse.TestPacks.miniWithSvg;
import static org.limber.pack.loader.internal.parse.TestPacks.problem;
import static org.limber.pack.loader.internal.parse.TestPacks.text;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgSafetyTest {
    private static final String POINTER = "/illustrations/0/svg";

    private static ParseOutcome parseWithSvg(String svgFile) {
        return TestPacks.PARSER.parse("mini.pack.json", miniWithSvg(svgFile), ResourceResolver.none());
    }

    @Test
    void scriptElementIsRejected() {
        problem(parseWithSvg("script.svg"), POINTER, "<script> element is not allowed");
    }

    @Test
    void eventHandlerAttributeIsRejected() {
        problem(parseWithSvg("onload.svg"), POINTER, "event handler attribute 'onload' on <svg>");
    }

    @Test
    void externalHrefIsRejected() {
        problem(parseWithSvg("external-href.svg"), POINTER, "reference 'https://example.com/' in 'href' on <a>");
    }

    @Test
    void externalXlinkHrefOnUseIsRejected() {
        problem(parseWithSvg("external-xlink-href.svg"), POINTER, "in 'xlink:href' on <use> is not allowed");
    }

    @Test
    void doctypeWithEntityIsRejectedWithoutResolvingIt() {
        List<String> findings = SvgSafetyCheck.check(text("svg/doctype-entity.svg"));

        assertEquals(List.of("a DOCTYPE is not allowed"), findings);
        problem(parseWithSvg("doctype-entity.svg"), POINTER, "a DOCTYPE is not allowed");
    }

    @Test
    void javascriptUrlIsRejectedEvenWithATabInside() {
        problem(parseWithSvg("javascript-url.svg"), POINTER, "attribute 'to' on <set> contains a javascript: URL");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "foreign-object.svg     | <foreignObject> element is not allowed",
        "image.svg              | <image> element is not allowed",
        "style-import.svg       | <style> element: @import is not allowed",
        "style-import.svg       | url(https://example.com/p.png) refers outside the drawing",
        "css-url-attribute.svg  | attribute 'style' on <rect>: url(data:image/png;base64,AAAA) refers outside",
        "no-namespace.svg       | the root element must be <svg> in the SVG namespace",
        "not-well-formed.svg    | the SVG is not well-formed XML at line 1",
        "stylesheet-pi.svg      | processing instruction <?xml-stylesheet?> is not allowed",
        "animate-href.svg       | <set> may not animate 'href'",
    })
    void otherUnsafeDrawingsAreRejected(String svgFile, String messagePart) {
        problem(parseWithSvg(svgFile), POINTER, messagePart);
    }

    @Test
    void safeDrawingWithLocalReferencesIsAccepted() {
        assertEquals(List.of(), SvgSafetyCheck.check(text("svg/safe.svg")));

        ParseOutcome.Accepted accepted = accepted(parseWithSvg("safe.svg"));

        assertEquals(text("svg/safe.svg"), accepted.content().illustrations().get("mini.cat"));
    }

    @Test
    void drawingOverTheSvgCapIsRejected() {
        PackParser parser = new PackParser(new PackLimits(PackLimits.DEFAULT_MAX_DOCUMENT_BYTES, 50));

        ParseOutcome outcome = parser.parse("mini.pack.json", miniWithSvg("safe.svg"), ResourceResolver.none());

        problem(outcome, POINTER, "over the limit of 50 bytes");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "<svg xmlns='http://www.w3.org/2000/svg'><SCRIPT>alert(1)</SCRIPT></svg> | <SCRIPT> element is not allowed",
        "<svg xmlns='http://www.w3.org/2000/svg'><rect ONCLICK='alert(1)'/></svg> | event handler attribute 'ONCLICK'",
        "<svg xmlns='http://www.w3.org/2000/svg'><a href=' JaVaScRiPt:alert(1)'/></svg> | contains a javascript: URL",
        "<svg xmlns='http://www.w3.org/2000/svg'><rect fill='url(https://example.com/x#p)'/></svg>"
                + " | url(https://example.com/x#p) refers outside the drawing",
        "<svg xmlns='http://www.w3.org/2000/svg'><style>rect { fill: \\75rl(https://example.com/) }</style></svg>"
                + " | backslash escapes are not allowed",
        "<svg xmlns='http://www.w3.org/2000/svg'><style>rect { background: image-set('x.png' 1x) }</style></svg>"
                + " | image-set() is not allowed",
        "<svg xmlns='http://www.w3.org/2000/svg'><g xml:base='https://example.com/'><use href='#a'/></g></svg>"
                + " | attribute 'xml:base' on <g> is not allowed",
        "<svg xmlns='http://www.w3.org/2000/svg'><h:iframe xmlns:h='http://www.w3.org/1999/xhtml'/></svg>"
                + " | <iframe> element is not allowed",
        "<svg xmlns='http://www.w3.org/2000/svg'><a href=''/></svg> | reference '' in 'href' on <a>",
        "<html xmlns='http://www.w3.org/1999/xhtml'/> | not <html> in namespace http://www.w3.org/1999/xhtml",
        "not xml at all | not well-formed XML",
        "<svg xmlns='http://www.w3.org/2000/svg'/><svg xmlns='http://www.w3.org/2000/svg'/> | not well-formed XML",
    })
    void variationsOfUnsafeContentAreCaught(String svg, String finding) {
        List<String> findings = SvgSafetyCheck.check(svg);

        assertTrue(findings.stream().anyMatch(f -> f.contains(finding)),
                () -> "expected '" + finding + "' in " + findings);
    }
}
