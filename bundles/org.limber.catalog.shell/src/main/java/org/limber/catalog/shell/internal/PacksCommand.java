package org.limber.catalog.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.limber.catalog.api.PackInventory;

@Command(scope = "limber", name = "packs", description = "Lists every exercise pack source and its state")
@Service
public class PacksCommand implements Action {
    @Reference
    PackInventory inventory;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Pack");
        table.column("Version");
        table.column("State");
        table.column("Serving");
        table.column("Exercises");
        table.column("Problems");
        table.column("Source");
        inventory.packs().forEach(r -> table.addRow().addContent(r.packId() == null ? "?" : r.packId(),
                r.version() == null ? "" : r.version(), r.state().wireName(),
                r.servingVersion() == null ? "" : r.servingVersion(), r.exerciseCount(), r.problems().size(),
                r.source()));
        table.print(System.out);
        return null;
    }
}
