package org.limber.pack.loader.internal.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.limber.catalog.api.model.Block;
import org.limber.catalog.api.model.Category;
import org.limber.catalog.api.model.Direction;
import org.limber.catalog.api.model.Dose;
import org.limber.catalog.api.model.Exercise;
import org.limber.catalog.api.model.GuidanceArticle;
import org.limber.catalog.api.model.Illustration;
import org.limber.catalog.api.model.PackContent;
import org.limber.catalog.api.model.PackInfo;
import org.limber.catalog.api.model.Phase;
import org.limber.catalog.api.model.PhaseSuitability;
import org.limber.catalog.api.model.Position;
import org.limber.catalog.api.model.Range;
import org.limber.catalog.api.model.RoutineTemplate;
import org.limber.catalog.api.model.Source;
import org.limber.catalog.api.model.TemplateItem;
import org.limber.catalog.api.model.TemplateSection;

/**
 * Maps a fully validated pack document to the catalog's model. Exercise, article, image and template ids become
 * pack-qualified ({@code <packId>.<localId>}); source ids stay local to the pack.
 */
final class PackContentMapper {
    /** Whose phase mapping it is when a pack does not say. */
    static final String DEFAULT_PHASE_BASIS = "pack-editorial";

    private final PackDocument pack;

    private PackContentMapper(PackDocument pack) {
        this.pack = pack;
    }

    /** @param drawings safe SVG text by local image id */
    static PackContent map(PackDocument pack, Map<String, String> drawings) {
        PackContentMapper mapper = new PackContentMapper(pack);
        Map<String, String> illustrations = new LinkedHashMap<>();
        drawings.forEach((imageId, svg) -> illustrations.put(mapper.qualified(imageId), svg));
        return new PackContent(mapper.info(), each(pack.exercises(), mapper::exercise),
                each(pack.guidance(), mapper::article), illustrations, each(pack.templates(), mapper::template));
    }

    private PackInfo info() {
        return new PackInfo(pack.id(), pack.version(), pack.schemaVersion(), pack.name(), pack.description(),
                pack.license(), pack.language(),
                each(pack.sources(), s -> new Source(s.id(), s.title(), s.publisher(), s.url())));
    }

    private Exercise exercise(ExerciseEntry e) {
        String basis = pack.phaseBasis() == null ? DEFAULT_PHASE_BASIS : pack.phaseBasis();
        return new Exercise(qualified(e.id()), pack.id(), e.name(), e.aliases(), e.summary(),
                Category.fromWire(e.category()), each(e.positions(), Position::fromWire),
                Boolean.TRUE.equals(e.inBed()), e.areas(), each(e.directions(), Direction::fromWire),
                each(e.doses(), PackContentMapper::dose), e.steps(), e.benefits(), e.cautions(), e.stopIf(),
                e.equipment(), each(e.progressions(), this::qualified), each(e.regressions(), this::qualified),
                new PhaseSuitability(each(e.phases(), Phase::fromWire), basis), e.sources(),
                e.illustration() == null ? null : illustration(e.illustration()));
    }

    private static Dose dose(DoseEntry d) {
        return new Dose(d.label(), range(d.holdSeconds()), range(d.reps()), range(d.sets()),
                Boolean.TRUE.equals(d.perSide()), range(d.minutes()), range(d.timesPerDay()), d.buildUp(),
                d.note(), d.source());
    }

    private static Range range(RangeEntry range) {
        return range == null ? null : new Range(Math.toIntExact(range.min()), Math.toIntExact(range.max()));
    }

    private Illustration illustration(DrawingEntry drawing) {
        return new Illustration(
                each(drawing.frames(), f -> new Illustration.Frame(f.label(), qualified(f.image()))),
                drawing.alt());
    }

    private GuidanceArticle article(ArticleEntry a) {
        return new GuidanceArticle(qualified(a.id()), pack.id(), a.title(), a.summary(), a.topic(),
                each(a.blocks(), b -> new Block(Block.Kind.fromWire(b.kind()), b.text(), b.items())),
                a.sources());
    }

    private RoutineTemplate template(TemplateEntry t) {
        return new RoutineTemplate(qualified(t.id()), pack.id(), t.name(), t.summary(), range(t.minutes()),
                each(t.phases(), Phase::fromWire), t.advice(),
                each(t.sections(), s -> new TemplateSection(s.kind(), s.title(), each(s.items(), this::item))),
                t.sources());
    }

    private TemplateItem item(TemplateEntry.ItemEntry i) {
        return new TemplateItem(qualified(i.exerciseId()), number(i.holdSeconds()), number(i.reps()),
                number(i.sets()), i.perSide(), number(i.restSeconds()), number(i.minutes()), i.note());
    }

    private static Integer number(Long value) {
        return value == null ? null : Math.toIntExact(value);
    }

    private String qualified(String localId) {
        return pack.id() + "." + localId;
    }

    private static <T, R> List<R> each(List<T> entries, Function<T, R> mapping) {
        return entries.stream().map(mapping).toList();
    }
}
