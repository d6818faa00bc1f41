package org.limber.catalog.shell.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.model.Dose;
import org.limber.catalog.api.model.Exercise;
import org.limber.catalog.api.model.Wire;

@Command(scope = "limber", name = "exercise", description = "Shows one exercise: dose, steps, cautions, stop-if rules")
@Service
public class ExerciseCommand implements Action {
    @Reference
    CatalogService catalog;

    @Argument(index = 0, name = "id", required = true, description = "Exercise id, e.g. sciatica.knee-to-chest")
    @Completion(ExerciseIdCompleter.class)
    String id;

    @Override
    public Object execute() {
        PrintStream out = System.out;
        Exercise e = catalog.current().exercise(id).orElse(null);
        if (e == null) {
            System.err.println("No exercise has the id '" + id + "'. limber:exercises lists them.");
            return null;
        }
        out.println(e.name() + "  (" + e.id() + ")");
        if (!e.aliases().isEmpty()) {
            out.println("Also called: " + String.join(", ", e.aliases()));
        }
        out.println(e.summary());
        out.println("Category: " + Wire.name(e.category()) + "; positions: " + e.positions().stream().map(Wire::name)
                .collect(Collectors.joining(", ")) + (e.inBed() ? "; can be done in bed" : ""));
        if (e.phases() != null && !e.phases().phases().isEmpty()) {
            out.println("Phases: " + e.phases().phases().stream().map(Wire::name).collect(Collectors.joining(", "))
                    + " (" + e.phases().basis() + ")");
        }
        section(out, "Dose", e.doses().stream().map(ExerciseCommand::dose).toList());
        section(out, "Steps", e.steps());
        section(out, "Cautions", e.cautions());
        section(out, "Stop if", e.stopIf());
        section(out, "Equipment", e.equipment());
        return null;
    }

    private static void section(PrintStream out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + ":");
        for (int i = 0; i < lines.size(); i++) {
            out.println((title.equals("Steps") ? (i + 1) + ". " : "- ") + lines.get(i));
        }
    }

    static String dose(Dose d) {
        StringBuilder text = new StringBuilder(d.label() == null ? "" : d.label() + ": ");
        if (d.holdSeconds() != null) {
            text.append("hold ").append(d.holdSeconds()).append(" s ");
        }
        if (d.reps() != null) {
            text.append(d.reps()).append(" reps ");
        }
        if (d.sets() != null) {
            text.append(d.sets()).append(" sets ");
        }
        if (d.minutes() != null) {
            text.append(d.minutes()).append(" min ");
        }
        if (d.perSide()) {
            text.append("each side ");
        }
        if (d.timesPerDay() != null) {
            text.append(d.timesPerDay()).append(" times a day ");
        }
        if (d.note() != null) {
            text.append("(").append(d.note()).append(") ");
        }
        if (d.sourceId() != null) {
            text.append("[").append(d.sourceId()).append("]");
        }
        return text.toString().trim();
    }
}
