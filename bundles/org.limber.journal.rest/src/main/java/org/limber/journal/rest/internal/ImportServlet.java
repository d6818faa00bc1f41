package org.limber.journal.rest.internal;

import org.limber.journal.api.JournalExport;
import org.limber.journal.api.JournalService;
import org.limber.journal.rest.internal.JsonShapes.ExportJson;
import org.limber.journal.rest.internal.JsonShapes.ImportResultJson;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/** {@code POST /api/v1/journal/import}: a JSON export, into this user's journal, which must be empty. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/journal/import")
public class ImportServlet extends RestServlet {
    private static final long serialVersionUID = 1L;
    /** Years of daily entries exceed the usual 1 MB cap; an import is still bounded. */
    static final int MAX_IMPORT_BYTES = 16 << 20;

    @Activate
    public ImportServlet(@Reference JournalService journal) {
        post("", request -> {
            long user = Requests.userId(request);
            JournalExport data = FromJson.export(request.readBody(ExportJson.class, MAX_IMPORT_BYTES));
            JournalExport imported = Requests.call(() -> journal.importAll(user, data));
            return Reply.created(new ImportResultJson(imported.checkIns().size(), imported.sessions().size(),
                    imported.days().size()));
        });
    }
}
