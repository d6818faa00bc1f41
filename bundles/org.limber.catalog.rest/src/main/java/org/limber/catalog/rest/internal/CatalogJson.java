package org.limber.catalog.rest.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.limber.catalog.api.CatalogView;
import org.limber.catalog.api.ExercisePage;
import org.limber.catalog.api.PackRecord;
import org.limber.catalog.api.model.Block;
import org.limber.catalog.api.model.Dose;
import org.limber.catalog.api.model.Exercise;
import org.limber.catalog.api.model.GuidanceArticle;
import org.limber.catalog.api.model.PackInfo;
import org.limber.catalog.api.model.PhaseSuitability;
import org.limber.catalog.api.model.Range;
import org.limber.catalog.api.model.RoutineTemplate;
import org.limber.catalog.api.model.Source;
import org.limber.catalog.api.model.TemplateItem;
import org.limber.catalog.api.model.TemplateSection;
import org.limber.catalog.api.model.Wire;
import org.limber.catalog.rest.internal.JsonShapes.ArticleJson;
import org.limber.catalog.rest.internal.JsonShapes.ArticleSummaryJson;
import org.limber.catalog.rest.internal.JsonShapes.BlockJson;
import org.limber.catalog.rest.internal.JsonShapes.DoseJson;
import org.limber.catalog.rest.internal.JsonShapes.ExerciseJson;
import org.limber.catalog.rest.internal.JsonShapes.ExercisePageJson;
import org.limber.catalog.rest.internal.JsonShapes.ExerciseSummaryJson;
import org.limber.catalog.rest.internal.JsonShapes.FrameJson;
import org.limber.catalog.rest.internal.JsonShapes.IllustrationJson;
import org.limber.catalog.rest.internal.JsonShapes.LinkJson;
import org.limber.catalog.rest.internal.JsonShapes.PackJson;
import org.limber.catalog.rest.internal.JsonShapes.PhasesJson;
import org.limber.catalog.rest.internal.JsonShapes.ProblemJson;
import org.limber.catalog.rest.internal.JsonShapes.RangeJson;
import org.limber.catalog.rest.internal.JsonShapes.SourceJson;
import org.limber.catalog.rest.internal.JsonShapes.SourceRefJson;
import org.limber.catalog.rest.internal.JsonShapes.TemplateItemJson;
import org.limber.catalog.rest.internal.JsonShapes.TemplateJson;
import org.limber.catalog.rest.internal.JsonShapes.TemplateSectionJson;

/** Maps catalog API records to their REST JSON shapes, resolving links and sources against one view. */
final class CatalogJson {
    static final String ILLUSTRATIONS = "/api/v1/illustrations/";

    private final CatalogView view;

    CatalogJson(CatalogView view) {
        this.view = view;
    }

    ExercisePageJson page(ExercisePage page) {
        return new ExercisePageJson(page.items().stream().map(this::summary).toList(), page.total(), page.page(),
                page.size(), page.revision());
    }

    ExerciseSummaryJson summary(Exercise e) {
        String thumbnail = e.illustration() == null || e.illustration().frames().isEmpty() ? null
                : ILLUSTRATIONS + e.illustration().frames().get(0).imageId();
        return new ExerciseSummaryJson(e.id(), e.packId(), e.name(), e.aliases(), e.summary(),
                Wire.name(e.category()), wires(e.positions()), e.inBed(), e.areas(), wires(e.directions()),
                phases(e.phases()), doses(e), thumbnail);
    }

    ExerciseJson exercise(Exercise e) {
        String packName = view.packs().stream().filter(p -> p.id().equals(e.packId())).map(PackInfo::name)
                .findFirst().orElse(e.packId());
        IllustrationJson illustration = e.illustration() == null ? null
                : new IllustrationJson(e.illustration().alt(), e.illustration().frames().stream()
                        .map(f -> new FrameJson(f.label(), ILLUSTRATIONS + f.imageId())).toList());
        return new ExerciseJson(e.id(), e.packId(), packName, e.name(), e.aliases(), e.summary(),
                Wire.name(e.category()), wires(e.positions()), e.inBed(), e.areas(), wires(e.directions()), doses(e),
                e.steps(), e.benefits(), e.cautions(), e.stopIf(), e.equipment(), links(e.progressions()),
                links(e.regressions()), phases(e.phases()), sources(e.packId(), e.sourceIds()), illustration);
    }

    ArticleSummaryJson articleSummary(GuidanceArticle a) {
        return new ArticleSummaryJson(a.id(), a.packId(), a.title(), a.summary(), a.topic());
    }

    ArticleJson article(GuidanceArticle a, Function<String, Optional<Source>> sourceLookup) {
        List<BlockJson> blocks = a.blocks().stream().map(CatalogJson::block).toList();
        List<SourceJson> sources = a.sourceIds().stream().map(sourceLookup).flatMap(Optional::stream)
                .map(CatalogJson::source).toList();
        return new ArticleJson(a.id(), a.packId(), a.title(), a.summary(), a.topic(), blocks, sources);
    }

    static PackJson pack(PackRecord r) {
        return new PackJson(r.packId(), r.version(), r.name(), r.state().wireName(),
                Wire.name(r.sourceKind()), r.source(), r.servingVersion(), r.exerciseCount(),
                r.updatedAt() == null ? null : r.updatedAt().toString(),
                r.problems().stream().map(p -> new ProblemJson(p.file(), p.pointer(), p.message())).toList());
    }

    static TemplateJson template(RoutineTemplate t) {
        return new TemplateJson(t.id(), t.packId(), t.name(), t.summary(), range(t.minutes()), wires(t.phases()),
                t.advice(), t.sections().stream().map(CatalogJson::section).toList(), t.sourceIds());
    }

    private static TemplateSectionJson section(TemplateSection s) {
        return new TemplateSectionJson(s.kind(), s.title(), s.items().stream().map(CatalogJson::item).toList());
    }

    private static TemplateItemJson item(TemplateItem i) {
        return new TemplateItemJson(i.exerciseId(), i.holdSeconds(), i.reps(), i.sets(), i.perSide(),
                i.restSeconds(), i.minutes(), i.note());
    }

    static SourceJson source(Source s) {
        return new SourceJson(s.id(), s.title(), s.publisher(), s.url());
    }

    static List<String> wires(List<? extends Enum<?>> values) {
        return values.stream().map(Wire::name).toList();
    }

    private static BlockJson block(Block b) {
        return new BlockJson(b.kind().wireName(), b.text(), b.items());
    }

    private List<DoseJson> doses(Exercise e) {
        return e.doses().stream().map(d -> dose(e.packId(), d)).toList();
    }

    private DoseJson dose(String packId, Dose d) {
        SourceRefJson source = d.sourceId() == null ? null
                : view.source(packId, d.sourceId()).map(s -> new SourceRefJson(s.id(), s.title()))
                        .orElse(new SourceRefJson(d.sourceId(), d.sourceId()));
        return new DoseJson(d.label(), range(d.holdSeconds()), range(d.reps()), range(d.sets()), d.perSide(),
                range(d.minutes()), range(d.timesPerDay()), d.buildUp(), d.note(), source);
    }

    private static RangeJson range(Range r) {
        return r == null ? null : new RangeJson(r.min(), r.max());
    }

    private static PhasesJson phases(PhaseSuitability p) {
        if (p == null) {
            return new PhasesJson(List.of(), null, false);
        }
        return new PhasesJson(wires(p.phases()), p.basis(), p.basis() != null && p.basis().endsWith("editorial"));
    }

    private List<LinkJson> links(List<String> ids) {
        return ids.stream().map(id -> view.exercise(id).map(x -> new LinkJson(x.id(), x.name())).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    private List<SourceJson> sources(String packId, List<String> ids) {
        return ids.stream().map(id -> view.source(packId, id)).flatMap(Optional::stream).map(CatalogJson::source)
                .toList();
    }
}
