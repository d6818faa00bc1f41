package org.limber.catalog.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.limber.catalog.api.PackInventory;
import org.limber.catalog.api.PackRecord;

@Command(scope = "limber", name = "pack-report", description = "Shows the report of a pack id or a dropped pack file")
@Service
public class PackReportCommand implements Action {
    @Reference
    PackInventory inventory;

    @Argument(index = 0, name = "pack", required = true, description = "A pack id, or the file name in deploy/")
    String pack;

    @Override
    public Object execute() {
        List<PackRecord> records = inventory.find(pack);
        if (records.isEmpty()) {
            System.err.println("No pack or pack file is called '" + pack + "'. limber:packs lists them.");
            return null;
        }
        for (PackRecord r : records) {
            System.out.println(r.source() + ": " + r.state().wireName()
                    + (r.packId() == null ? "" : ", pack " + r.packId() + " " + (r.version() == null ? "" : r.version()))
                    + (r.servingVersion() == null ? "" : ", version " + r.servingVersion() + " serving"));
            if (r.problems().isEmpty()) {
                System.out.println("  no problems");
            }
            r.problems().forEach(p -> System.out.println("  " + p));
        }
        return null;
    }
}
