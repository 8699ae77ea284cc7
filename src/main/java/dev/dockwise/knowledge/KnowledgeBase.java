package dev.dockwise.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.dockwise.engine.facts.CompatibilityData;
import dev.dockwise.engine.facts.EditionInfo;
import dev.dockwise.engine.facts.EditionVariant;
import dev.dockwise.engine.facts.ErrorCatalogue;
import dev.dockwise.engine.facts.Images;
import dev.dockwise.engine.facts.InstallFacts;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.KnowledgeMeta;
import dev.dockwise.engine.facts.Licensing;
import dev.dockwise.engine.facts.ModeCatalog;
import dev.dockwise.engine.facts.OrchestrationFacts;
import dev.dockwise.engine.facts.ReleaseTable;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.facts.VirtualizationFacts;
import dev.dockwise.engine.facts.WindowsFamily;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.model.Identified;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Loads the knowledge data (JSON under {@code dev/dockwise/knowledge/}) into engine types. Data
 * errors fail loudly at start, naming the file: a half-loaded knowledge base would give wrong
 * advice.
 */
public final class KnowledgeBase {
    static final String ROOT = "/dev/dockwise/knowledge/";
    static final List<String> FILES =
            List.of(
                    "meta.json",
                    "sources.json",
                    "releases.json",
                    "editions.json",
                    "edition-ids.json",
                    "images.json",
                    "compatibility.json",
                    "modes.json",
                    "licensing.json",
                    "virtualization.json",
                    "orchestration.json",
                    "install.json",
                    "errors.json",
                    "error-cases.json");

    private static volatile Knowledge cached;

    private KnowledgeBase() {}

    /** The bundled knowledge base, loaded once per process. */
    public static Knowledge bundled() {
        Knowledge k = cached;
        if (k == null) {
            synchronized (KnowledgeBase.class) {
                if (cached == null) {
                    cached = load();
                }
                k = cached;
            }
        }
        return k;
    }

    static Knowledge load() {
        ObjectMapper mapper = mapper();
        ReleasesFile releases = read(mapper, "releases.json", ReleasesFile.class);
        return new Knowledge(
                read(mapper, "meta.json", KnowledgeMeta.class),
                List.of(read(mapper, "sources.json", Source[].class)),
                new ReleaseTable(releases.families(), releases.releases()),
                List.of(read(mapper, "editions.json", EditionInfo[].class)),
                List.of(read(mapper, "edition-ids.json", EditionVariant[].class)),
                read(mapper, "images.json", Images.class),
                read(mapper, "compatibility.json", CompatibilityData.class),
                read(mapper, "modes.json", ModeCatalog.class),
                read(mapper, "licensing.json", Licensing.class),
                read(mapper, "virtualization.json", VirtualizationFacts.class),
                read(mapper, "orchestration.json", OrchestrationFacts.class),
                read(mapper, "install.json", InstallFacts.class),
                read(mapper, "errors.json", ErrorCatalogue.class).withCorpus(() -> corpus(mapper)));
    }

    /** The labelled corpus, with the terms the build computed for it when they fit its texts. */
    static ErrorCatalogue.CaseCorpus corpus(ObjectMapper mapper) {
        ErrorCatalogue.CaseCorpus corpus =
                read(mapper, "error-cases.json", ErrorCatalogue.CaseCorpus.class);
        return corpus.withTerms(CaseTermsFile.bundled(corpus.cases()));
    }

    /** Shape of releases.json. */
    record ReleasesFile(List<WindowsFamily> families, List<WindowsRelease> releases) {}

    static <T> T read(ObjectMapper mapper, String file, Class<T> type) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("knowledge file missing: " + ROOT + file);
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "knowledge file " + file + " is invalid: " + e.getMessage(), e);
        }
    }

    static ObjectMapper mapper() {
        IdentifiedEnums deserializers = new IdentifiedEnums();
        deserializers.addDeserializer(
                LocalDate.class,
                new JsonDeserializer<>() {
                    @Override
                    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt)
                            throws IOException {
                        try {
                            return LocalDate.parse(p.getValueAsString());
                        } catch (DateTimeParseException e) {
                            return (LocalDate)
                                    ctxt.handleWeirdStringValue(
                                            LocalDate.class,
                                            p.getValueAsString(),
                                            "not an ISO date");
                        }
                    }
                });
        SimpleModule module = new SimpleModule("dockwise-knowledge");
        module.setDeserializers(deserializers);
        return new ObjectMapper()
                .registerModule(module)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** Reads engine enums by their stable ids ("desktop-wsl2"), not their Java names. */
    private static final class IdentifiedEnums extends SimpleDeserializers {
        @Override
        public JsonDeserializer<?> findEnumDeserializer(
                Class<?> type, DeserializationConfig config, BeanDescription beanDesc)
                throws JsonMappingException {
            if (!Identified.class.isAssignableFrom(type)) {
                return super.findEnumDeserializer(type, config, beanDesc);
            }
            return new JsonDeserializer<Object>() {
                @Override
                public Object deserialize(JsonParser p, DeserializationContext ctxt)
                        throws IOException {
                    String id = p.getValueAsString();
                    for (Object constant : type.getEnumConstants()) {
                        if (((Identified) constant).id().equals(id)) {
                            return constant;
                        }
                    }
                    return ctxt.handleWeirdStringValue(
                            type, id, "not one of the ids of " + type.getSimpleName());
                }
            };
        }
    }
}
