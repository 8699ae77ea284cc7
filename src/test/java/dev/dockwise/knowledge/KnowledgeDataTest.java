package dev.dockwise.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwise.engine.facts.CompatibilityData;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.ModeCatalog.MinBuild;
import dev.dockwise.engine.facts.ModeCatalog.ModeInfo;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.facts.WindowsFamily;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.WindowsImage;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The knowledge data is complete, sourced and consistent. */
class KnowledgeDataTest {
    private static final Knowledge K = KnowledgeBase.load();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void everyFactNamesAKnownSource() throws Exception {
        Set<String> tags = K.sources().stream().map(Source::tag).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String file : KnowledgeBase.FILES) {
            if (file.equals("sources.json")) {
                continue;
            }
            JsonNode root = tree(file);
            walk(
                    root,
                    file,
                    (path, node) -> {
                        if (node.has("source")) {
                            String source = node.get("source").asText();
                            String tag = source.split("[ ;]")[0];
                            if (!tags.contains(tag)) {
                                missing.add(
                                        path
                                                + ": source '"
                                                + source
                                                + "' starts with no known tag");
                            }
                        }
                    });
            factLists(root, file)
                    .forEach(
                            (path, fact) -> {
                                if (!fact.has("source") && !inheritsSource(root, path)) {
                                    missing.add(path + ": fact without a source");
                                }
                            });
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyDateParses() throws Exception {
        List<String> bad = new ArrayList<>();
        for (String file : KnowledgeBase.FILES) {
            walk(
                    tree(file),
                    file,
                    (path, node) ->
                            node.properties()
                                    .forEach(
                                            e -> {
                                                if (e.getValue().isTextual()
                                                        && DATE.matcher(e.getValue().asText())
                                                                .matches()) {
                                                    try {
                                                        LocalDate.parse(e.getValue().asText());
                                                    } catch (RuntimeException ex) {
                                                        bad.add(
                                                                path
                                                                        + "."
                                                                        + e.getKey()
                                                                        + " = "
                                                                        + e.getValue().asText());
                                                    }
                                                }
                                            }));
        }
        assertEquals(List.of(), bad);
        assertNotNull(K.meta().asOf());
    }

    @Test
    void everyModeOfTheSpecIsDescribedWithEveryComparisonCell() {
        for (Mode mode : Mode.values()) {
            ModeInfo info = K.modes().mode(mode);
            assertFalse(info.name().isBlank());
            assertNotNull(info.support().status(), mode.id());
            for (var feature : K.modes().features()) {
                assertNotNull(
                        info.comparison().get(feature.id()), mode.id() + " lacks " + feature.id());
            }
            assertEquals(
                    K.modes().features().size(),
                    info.comparison().size(),
                    mode.id() + " has cells for unknown features");
        }
        assertEquals(Mode.values().length, K.modes().modes().size());
    }

    @Test
    void everyEditionAndImageIsDescribed() {
        for (Edition e : Edition.values()) {
            if (e != Edition.OTHER) {
                assertNotNull(K.edition(e));
            }
        }
        for (ImageVersion v : ImageVersion.values()) {
            assertNotNull(K.images().version(v));
        }
        for (WindowsImage i : WindowsImage.values()) {
            assertNotNull(K.images().baseImage(i));
        }
    }

    @Test
    void everyBuildNamedInARuleExistsInTheReleaseTable() {
        List<String> unknown = new ArrayList<>();
        Stream<MinBuild> ruleBuilds =
                Stream.concat(
                        K.modes().modes().stream()
                                .flatMap(
                                        m ->
                                                Stream.concat(
                                                        m.requires().minBuilds().stream(),
                                                        m.requires().arm64MinBuilds().stream())),
                        K.orchestration().swarm().minBuilds().stream());
        ruleBuilds.forEach(
                m -> {
                    boolean inFamily =
                            K.releases().releasesOfFamily(m.family()).stream()
                                    .anyMatch(r -> r.build() == m.build());
                    if (!inFamily) {
                        unknown.add("min build " + m.build() + " of family " + m.family());
                    }
                    m.ubrByBuild()
                            .keySet()
                            .forEach(
                                    b -> {
                                        if (!K.releases().knowsBuild(Integer.parseInt(b))) {
                                            unknown.add("UBR rule for build " + b);
                                        }
                                    });
                });
        for (CompatibilityData.HostRow row : K.compatibility().hosts()) {
            if (K.releases().releasesOfFamily(row.family()).isEmpty()) {
                unknown.add("matrix row " + row.id() + " family " + row.family());
            }
            row.cells().stream()
                    .filter(
                            c ->
                                    c.minHostBuild() != null
                                            && !K.releases().knowsBuild(c.minHostBuild()))
                    .forEach(
                            c ->
                                    unknown.add(
                                            "matrix "
                                                    + row.id()
                                                    + " min host build "
                                                    + c.minHostBuild()));
        }
        K.images()
                .versions()
                .forEach(
                        v -> {
                            if (!K.releases().knowsBuild(v.build())) {
                                unknown.add("image " + v.id().id() + " build " + v.build());
                            }
                        });
        if (!K.releases().knowsBuild(K.virtualization().hypervisorPlatformSince())) {
            unknown.add(
                    "Windows Hypervisor Platform since "
                            + K.virtualization().hypervisorPlatformSince());
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void releaseFamiliesAreConsistent() {
        Set<String> families =
                K.releases().families().stream().map(WindowsFamily::id).collect(Collectors.toSet());
        for (WindowsRelease r : K.releases().releases()) {
            assertTrue(families.contains(r.family()), r.id() + " has unknown family " + r.family());
        }
        for (WindowsFamily f : K.releases().families()) {
            assertFalse(
                    K.releases().releasesOfFamily(f.id()).isEmpty(), f.id() + " has no release");
            f.upgradesTo()
                    .forEach(
                            u ->
                                    assertTrue(
                                            families.contains(u),
                                            f.id() + " upgrades to unknown " + u));
        }
    }

    @Test
    void everyMatrixRowHasAllEightCells() {
        for (CompatibilityData.HostRow row : K.compatibility().hosts()) {
            assertEquals(8, row.cells().size(), row.id());
            assertEquals(
                    8,
                    row.cells().stream()
                            .map(c -> c.image() + "/" + c.isolation())
                            .distinct()
                            .count(),
                    row.id());
        }
    }

    // ---- helpers ----

    private static JsonNode tree(String file) throws Exception {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(KnowledgeBase.ROOT + file)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(path, node);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                walk(e.getValue(), path + "." + e.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }

    /**
     * Facts are the objects listed in arrays (releases, editions, cells...) and the comparison
     * cells.
     */
    private static Map<String, JsonNode> factLists(JsonNode root, String file) {
        Map<String, JsonNode> facts = new java.util.LinkedHashMap<>();
        walk(
                root,
                file,
                (path, node) -> {
                    boolean listed = path.endsWith("]");
                    boolean comparisonCell = path.contains(".comparison.");
                    boolean label = node.size() <= 2 && node.has("id") && node.has("name");
                    if ((listed || comparisonCell) && !label) {
                        facts.put(path, node);
                    }
                });
        return facts;
    }

    /**
     * Matrix cells, requirement lists and an error's causes take their source from the enclosing
     * fact.
     */
    private static boolean inheritsSource(JsonNode root, String path) {
        return path.contains(".cells[")
                || path.contains(".calibration[")
                || path.contains(".patterns[")
                || path.contains(".causes[")
                || path.contains("minBuilds[")
                || path.contains("arm64MinBuilds[");
    }
}
