package org.limber.journal.rest.internal;

import org.limber.journal.api.JournalService;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/** {@code GET /api/v1/journal/insights}: adherence, pain trend, per-exercise response, notes and pending red flags. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/journal/insights")
public class InsightsServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public InsightsServlet(@Reference JournalService journal) {
        get("", request -> Reply.privateJson(ToJson.insights(journal.insights(Requests.userId(request)))));
    }
}
