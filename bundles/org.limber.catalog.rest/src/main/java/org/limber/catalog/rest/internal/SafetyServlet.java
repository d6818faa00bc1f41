package org.limber.catalog.rest.internal;

import java.util.List;
import java.util.Optional;

import org.limber.catalog.api.model.Source;
import org.limber.catalog.api.model.Wire;
import org.limber.catalog.rest.internal.JsonShapes.ArticleSummaryJson;
import org.limber.catalog.rest.internal.JsonShapes.NoticeJson;
import org.limber.catalog.rest.internal.JsonShapes.RedFlagJson;
import org.limber.catalog.rest.internal.JsonShapes.SafetyJson;
import org.limber.catalog.rest.internal.JsonShapes.StopRuleJson;
import org.limber.rest.ETags;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.limber.safety.api.SafetyContent;
import org.limber.safety.api.SafetyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/** {@code GET /api/v1/safety}: red flags, universal stop rules and the not-medical-advice notice. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/safety")
public class SafetyServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public SafetyServlet(@Reference SafetyService safety) {
        get("", request -> Reply.json(json(safety.content()), ETags.of(0, "safety")));
    }

    private static SafetyJson json(SafetyContent c) {
        NoticeJson notice = new NoticeJson(c.notice().title(), c.notice().shortText(), c.notice().paragraphs());
        List<RedFlagJson> redFlags = c.redFlags().stream().map(f -> new RedFlagJson(f.id(), f.title(),
                f.description(), Wire.name(f.urgency()), f.sourceIds().stream().map(id -> source(c, id))
                        .flatMap(Optional::stream).map(CatalogJson::source).toList())).toList();
        List<StopRuleJson> stopRules = c.stopRules().stream().map(r -> new StopRuleJson(r.id(), r.text())).toList();
        List<ArticleSummaryJson> articles = c.articles().stream()
                .map(a -> new ArticleSummaryJson(a.id(), a.packId(), a.title(), a.summary(), a.topic())).toList();
        return new SafetyJson(notice, redFlags, stopRules, articles);
    }

    private static Optional<Source> source(SafetyContent c, String id) {
        return c.sources().stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
