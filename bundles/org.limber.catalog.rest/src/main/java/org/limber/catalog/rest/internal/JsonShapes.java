package org.limber.catalog.rest.internal;

import java.util.List;

/** The REST JSON shapes of the catalog: separate from the API records, so each can change on its own. */
final class JsonShapes {
    private JsonShapes() {
    }

    record RangeJson(int min, int max) {
    }

    record SourceJson(String id, String title, String publisher, String url) {
    }

    record SourceRefJson(String id, String title) {
    }

    record DoseJson(String label, RangeJson holdSeconds, RangeJson reps, RangeJson sets, boolean perSide,
                    RangeJson minutes, RangeJson timesPerDay, String buildUp, String note, SourceRefJson source) {
    }

    record PhasesJson(List<String> values, String basis, boolean editorial) {
    }

    record LinkJson(String id, String name) {
    }

    record FrameJson(String label, String url) {
    }

    record IllustrationJson(String alt, List<FrameJson> frames) {
    }

    record ExerciseSummaryJson(String id, String packId, String name, List<String> aliases, String summary,
                               String category, List<String> positions, boolean inBed, List<String> areas,
                               List<String> directions, PhasesJson phases, List<DoseJson> doses, String thumbnail) {
    }

    record ExerciseJson(String id, String packId, String packName, String name, List<String> aliases,
                        String summary, String category, List<String> positions, boolean inBed, List<String> areas,
                        List<String> directions, List<DoseJson> doses, List<String> steps, List<String> benefits,
                        List<String> cautions, List<String> stopIf, List<String> equipment,
                        List<LinkJson> progressions, List<LinkJson> regressions, PhasesJson phases,
                        List<SourceJson> sources, IllustrationJson illustration) {
    }

    record ExercisePageJson(List<ExerciseSummaryJson> items, int total, int page, int size, long revision) {
    }

    record BlockJson(String kind, String text, List<String> items) {
    }

    record ArticleSummaryJson(String id, String packId, String title, String summary, String topic) {
    }

    record ArticleJson(String id, String packId, String title, String summary, String topic, List<BlockJson> blocks,
                       List<SourceJson> sources) {
    }

    record ListJson<T>(List<T> items) {
    }

    record TemplateItemJson(String exerciseId, Integer holdSeconds, Integer reps, Integer sets, Boolean perSide,
                            Integer restSeconds, Integer minutes, String note) {
    }

    record TemplateSectionJson(String kind, String title, List<TemplateItemJson> items) {
    }

    record TemplateJson(String id, String packId, String name, String summary, RangeJson minutes,
                        List<String> phases, List<String> advice, List<TemplateSectionJson> sections,
                        List<String> sourceIds) {
    }

    record TemplatesJson(List<TemplateJson> templates) {
    }

    record ProblemJson(String file, String pointer, String message) {
    }

    record PackJson(String packId, String version, String name, String state, String sourceKind, String source,
                    String servingVersion, int exerciseCount, String updatedAt, List<ProblemJson> problems) {
    }

    record FacetPackJson(String id, String name) {
    }

    record FacetsJson(List<String> categories, List<String> positions, List<String> directions, List<String> phases,
                      List<String> areas, List<FacetPackJson> packs) {
    }

    record NoticeJson(String title, String shortText, List<String> paragraphs) {
    }

    record RedFlagJson(String id, String title, String description, String urgency, List<SourceJson> sources) {
    }

    record StopRuleJson(String id, String text) {
    }

    record SafetyJson(NoticeJson notice, List<RedFlagJson> redFlags, List<StopRuleJson> stopRules,
                      List<ArticleSummaryJson> articles) {
    }
}
