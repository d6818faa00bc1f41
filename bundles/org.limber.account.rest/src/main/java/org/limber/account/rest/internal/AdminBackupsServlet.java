package org.limber.account.rest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.limber.account.rest.internal.JsonShapes.Backup;
import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestServlet;
import org.limber.storage.api.BackupResult;
import org.limber.storage.api.StorageBackup;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Servlet;

/**
 * {@code POST /api/v1/admin/backups}: a consistent copy of the database, written while Limber runs, into the
 * backups folder beside it. Only an embedded (SQLite) database offers this; PostgreSQL is backed up with pg_dump.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/admin/backups")
public class AdminBackupsServlet extends RestServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AdminBackupsServlet.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StorageBackup backup;

    @Activate
    public AdminBackupsServlet() {
        post("", request -> {
            Requests.administrator(request);
            StorageBackup current = backup;
            if (current == null) {
                throw ProblemException.status(409, "No online backup for this database",
                        "This Limber does not use the embedded database: back up PostgreSQL with pg_dump.");
            }
            Path target = current.defaultFolder().resolve("limber-" + NAME.format(Instant.now()) + ".db");
            BackupResult result;
            try {
                result = current.backup(target);
            } catch (IOException e) {
                LOG.error("Backup to {} failed: {}", target, e.getMessage());
                throw ProblemException.status(500, "Backup failed",
                        "The backup could not be written; the reason is in the server log.");
            }
            LOG.info("Backup written by an administrator: {} ({} bytes)", result.file(), result.bytes());
            return Reply.created(new Backup(result.file().toString(), result.bytes(), result.schemaVersion(),
                    JsonShapes.time(result.createdAt())));
        });
    }

    /** For tests, which run the servlet without a framework. */
    void setBackup(StorageBackup backup) {
        this.backup = backup;
    }
}
