package org.limber.journal.rest.internal;

import org.limber.journal.api.JournalExport;
import org.limber.journal.api.JournalService;
import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/**
 * {@code GET /api/v1/journal/export}: the whole journal as a JSON attachment (the format import takes back), or with
 * {@code format=csv} as a zip of CSV files for spreadsheets.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/journal/export")
public class ExportServlet extends RestServlet {
    private static final long serialVersionUID = 1L;

    @Activate
    public ExportServlet(@Reference JournalService journal) {
        get("", request -> {
            long user = Requests.userId(request);
            String format = request.string("format", 10).orElse("json");
            if (!format.equals("json") && !format.equals("csv")) {
                throw ProblemException.badParameter("format", "'" + format + "' is not one of json, csv");
            }
            JournalExport export = journal.export(user);
            if (format.equals("csv")) {
                return Reply.privateJson(new Reply.Raw("application/zip", CsvExport.zip(export)))
                        .withHeader("Content-Disposition", "attachment; filename=\"limber-journal-csv.zip\"");
            }
            return Reply.privateJson(ToJson.export(export))
                    .withHeader("Content-Disposition", "attachment; filename=\"limber-journal.json\"");
        });
    }
}
