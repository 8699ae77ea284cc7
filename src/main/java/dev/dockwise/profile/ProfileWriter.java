package dev.dockwise.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Host;
import dev.dockwise.engine.model.Identified;
import dev.dockwise.engine.model.Needs;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes profiles in the v1 layout with every field present (null for unknown), in SPEC order,
 * so a saved file shows the user what is still unknown. Files are replaced atomically.
 */
public final class ProfileWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProfileWriter() {
    }

    public static ObjectNode toTree(Profile profile) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Profile.SCHEMA);
        root.put("name", profile.name());
        Host h = profile.host();
        ObjectNode host = root.putObject("host");
        host.put("edition", id(h.edition()));
        host.put("build", h.build());
        host.put("ubr", h.ubr());
        host.put("arch", id(h.arch()));
        putMemory(host, h.memoryGb());
        host.put("serverInstallation", id(h.serverInstallation()));
        ObjectNode cpu = host.putObject("cpu");
        cpu.put("vendor", id(h.cpu().vendor()));
        cpu.put("virtualizationEnabled", h.cpu().virtualizationEnabled());
        cpu.put("slat", h.cpu().slat());
        host.put("machine", id(h.machine()));
        host.put("hypervisor", id(h.hypervisor()));
        host.put("cloud", id(h.cloud()));
        host.put("vmSize", h.vmSize());
        host.put("nestedVirtualization", h.nestedVirtualization());
        ObjectNode features = host.putObject("features");
        features.put("hyperV", h.features().hyperV());
        features.put("containers", h.features().containers());
        features.put("wsl", h.features().wsl());
        features.put("virtualMachinePlatform", h.features().virtualMachinePlatform());
        ObjectNode software = host.putObject("software");
        software.put("virtualBox", h.software().virtualBox());
        software.put("vmwareWorkstation", h.software().vmwareWorkstation());
        software.put("dockerDesktop", h.software().dockerDesktop());
        host.put("admin", h.admin());
        Needs n = profile.needs();
        ObjectNode needs = root.putObject("needs");
        if (n.containers().isEmpty()) {
            needs.putNull("containers"); // unknown; an empty list would be invalid
        } else {
            ArrayNode containers = needs.putArray("containers");
            for (ContainerType type : ContainerType.values()) {
                if (n.needs(type)) {
                    containers.add(type.id());
                }
            }
        }
        needs.put("purpose", id(n.purpose()));
        needs.put("isolation", id(n.isolation()));
        needs.put("windowsImage", id(n.windowsImage()));
        needs.put("windowsImageVersion", id(n.windowsImageVersion()));
        needs.put("orchestration", id(n.orchestration()));
        needs.put("organization", id(n.organization()));
        return root;
    }

    public static String toJson(Profile profile) {
        try {
            return MAPPER.writeValueAsString(toTree(profile)) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes next to the target and moves into place, so a crash never leaves half a profile. */
    public static void write(Profile profile, Path target) throws IOException {
        AtomicFiles.write(target, toJson(profile).getBytes(StandardCharsets.UTF_8));
    }

    private static void putMemory(ObjectNode host, Double memory) {
        if (memory != null && memory == Math.rint(memory) && memory < Long.MAX_VALUE) {
            host.put("memoryGb", memory.longValue());
        } else {
            host.put("memoryGb", memory);
        }
    }

    private static String id(Identified value) {
        return value == null ? null : value.id();
    }
}
