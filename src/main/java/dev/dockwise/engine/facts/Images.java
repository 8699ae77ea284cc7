package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Ordered;
import dev.dockwise.engine.model.WindowsImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Windows container image versions and the base images published for each. */
public record Images(List<VersionInfo> versions, List<BaseImage> baseImages) {

    public Images {
        versions = List.copyOf(versions);
        baseImages = List.copyOf(baseImages);
    }

    public VersionInfo version(ImageVersion id) {
        return versions.stream()
                .filter(v -> v.id() == id)
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "no image version " + id.id() + " in the knowledge base"));
    }

    public BaseImage baseImage(WindowsImage id) {
        return baseImages.stream()
                .filter(b -> b.id() == id)
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "no base image " + id.id() + " in the knowledge base"));
    }

    /** The image version whose build equals the given one, if any. */
    public Optional<VersionInfo> versionWithBuild(int build) {
        return versions.stream().filter(v -> v.build() == build).findFirst();
    }

    /** An LTSC container image version. */
    public record VersionInfo(
            ImageVersion id,
            String name,
            int build,
            LocalDate available,
            LocalDate mainstreamEnd,
            LocalDate extendedEnd,
            String note,
            String source) {}

    /**
     * A base image repository and the tag it publishes per version (keys are image version ids).
     */
    public record BaseImage(
            WindowsImage id,
            String name,
            String repository,
            String use,
            Map<String, String> tags,
            Map<String, String> unavailable,
            String size,
            String source) {

        public BaseImage {
            tags = Ordered.copy(tags);
            unavailable = Ordered.copy(unavailable);
        }

        public Optional<String> tag(ImageVersion version) {
            return Optional.ofNullable(tags.get(version.id()));
        }

        /** Why no image of this kind exists for the version, if none does. */
        public Optional<String> whyUnavailable(ImageVersion version) {
            if (tags.containsKey(version.id())) {
                return Optional.empty();
            }
            return Optional.of(
                    unavailable.getOrDefault(
                            version.id(), name + " has no " + version.id() + " image."));
        }

        public String reference(ImageVersion version) {
            return repository + ":" + tag(version).orElse(version.id());
        }
    }
}
