package org.limber.catalog.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.ExerciseQuery;

/** Completes exercise ids from the current catalog. */
@Service
public class ExerciseIdCompleter implements Completer {
    @Reference
    CatalogService catalog;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        catalog.current().find(ExerciseQuery.all()).items().forEach(e -> ids.getStrings().add(e.id()));
        return ids.complete(session, commandLine, candidates);
    }
}
