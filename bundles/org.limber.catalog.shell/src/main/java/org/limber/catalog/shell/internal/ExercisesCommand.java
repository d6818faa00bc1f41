package org.limber.catalog.shell.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.limber.catalog.api.CatalogService;
import org.limber.catalog.api.ExercisePage;
import org.limber.catalog.api.ExerciseQuery;
import org.limber.catalog.api.model.Category;
import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Phase;
import org.limber.catalog.api.model.Position;
import org.limber.catalog.api.model.Wire;

@Command(scope = "limber", name = "exercises", description = "Lists and searches the exercise catalog")
@Service
public class ExercisesCommand implements Action {
    @Reference
    CatalogService catalog;

    @Option(name = "-q", aliases = "--query", description = "Words to search for in names, aliases and steps")
    String query;

    @Option(name = "--in-bed", description = "Only exercises that can be done in bed")
    boolean inBed;

    @Option(name = "-p", aliases = "--position", multiValued = true,
            description = "Starting position: lying-on-back, lying-face-down, seated, kneeling, hands-and-knees, standing")
    List<String> positions;

    @Option(name = "-c", aliases = "--category", multiValued = true,
            description = "Category: stretch, strengthening, mobility, nerve-glide, activity")
    List<String> categories;

    @Option(name = "-d", aliases = "--direction", multiValued = true,
            description = "Direction: flexion, extension, rotation, neutral, nerve-glide")
    List<String> directions;

    @Option(name = "--phase", multiValued = true, description = "Recovery phase: acute, subacute, recovery")
    List<String> phases;

    @Option(name = "-a", aliases = "--area", multiValued = true, description = "Body area, e.g. lower-back")
    List<String> areas;

    @Option(name = "--pack", multiValued = true, description = "Pack id")
    List<String> packs;

    @Override
    public Object execute() {
        ExerciseQuery q = new ExerciseQuery(query, inBed ? Boolean.TRUE : null,
                parse(positions, Position::fromWire), parse(categories, Category::fromWire),
                parse(directions, Direction::fromWire), parse(phases, Phase::fromWire), set(areas), set(packs),
                query == null ? ExerciseQuery.Sort.NAME : ExerciseQuery.Sort.RELEVANCE, 0, ExerciseQuery.MAX_SIZE);
        ExercisePage page = catalog.current().find(q);
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Category");
        table.column("Positions");
        table.column("In bed");
        page.items().forEach(e -> table.addRow().addContent(e.id(), e.name(), Wire.name(e.category()),
                e.positions().stream().map(Wire::name).collect(Collectors.joining(", ")), e.inBed() ? "yes" : ""));
        table.print(System.out);
        System.out.println(page.total() + " exercise(s), catalog revision " + page.revision());
        return null;
    }

    private static <T> Set<T> parse(List<String> values, java.util.function.Function<String, T> parser) {
        return values == null ? Set.of() : values.stream().map(parser).collect(Collectors.toSet());
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
