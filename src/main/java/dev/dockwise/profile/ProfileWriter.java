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
        root.put(ProfileFields.SCHEMA, Profile.SCHEMA);
        root.put(ProfileFields.NAME, profile.name());
        Host h = profile.host();
        ObjectNode host = root.putObject(ProfileFields.HOST);
        host.put(ProfileFields.EDITION, id(h.edition()));
        if (Boolean.TRUE.equals(h.ltsc())) {
            host.put(ProfileFields.LTSC, true); // absent otherwise: profiles of other hosts stay exactly v1 as first published
        }
        host.put(ProfileFields.BUILD, h.build());
        host.put(ProfileFields.UBR, h.ubr());
        host.put(ProfileFields.ARCH, id(h.arch()));
        putMemory(host, h.memoryGb());
        host.put(ProfileFields.SERVER_INSTALLATION, id(h.serverInstallation()));
        ObjectNode cpu = host.putObject(ProfileFields.CPU);
        cpu.put(ProfileFields.VENDOR, id(h.cpu().vendor()));
        cpu.put(ProfileFields.VIRTUALIZATION_ENABLED, h.cpu().virtualizationEnabled());
        cpu.put(ProfileFields.SLAT, h.cpu().slat());
        host.put(ProfileFields.MACHINE, id(h.machine()));
        host.put(ProfileFields.HYPERVISOR, id(h.hypervisor()));
        host.put(ProfileFields.CLOUD, id(h.cloud()));
        host.put(ProfileFields.VM_SIZE, h.vmSize());
        host.put(ProfileFields.NESTED_VIRTUALIZATION, h.nestedVirtualization());
        ObjectNode features = host.putObject(ProfileFields.FEATURES);
        features.put(ProfileFields.HYPER_V, h.features().hyperV());
        features.put(ProfileFields.CONTAINERS, h.features().containers());
        features.put(ProfileFields.WSL, h.features().wsl());
        features.put(ProfileFields.VIRTUAL_MACHINE_PLATFORM, h.features().virtualMachinePlatform());
        ObjectNode software = host.putObject(ProfileFields.SOFTWARE);
        software.put(ProfileFields.VIRTUAL_BOX, h.software().virtualBox());
        software.put(ProfileFields.VMWARE_WORKSTATION, h.software().vmwareWorkstation());
        software.put(ProfileFields.DOCKER_DESKTOP, h.software().dockerDesktop());
        host.put(ProfileFields.ADMIN, h.admin());
        Needs n = profile.needs();
        ObjectNode needs = root.putObject(ProfileFields.NEEDS);
        if (n.containers().isEmpty()) {
            needs.putNull(ProfileFields.CONTAINERS); // unknown; an empty list would be invalid
        } else {
            ArrayNode containers = needs.putArray(ProfileFields.CONTAINERS);
            for (ContainerType type : ContainerType.values()) {
                if (n.needs(type)) {
                    containers.add(type.id());
                }
            }
        }
        needs.put(ProfileFields.PURPOSE, id(n.purpose()));
        needs.put(ProfileFields.ISOLATION, id(n.isolation()));
        needs.put(ProfileFields.WINDOWS_IMAGE, id(n.windowsImage()));
        needs.put(ProfileFields.WINDOWS_IMAGE_VERSION, id(n.windowsImageVersion()));
        needs.put(ProfileFields.ORCHESTRATION, id(n.orchestration()));
        needs.put(ProfileFields.ORGANIZATION, id(n.organization()));
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
        AtomicFiles.writeThroughLinks(target, toJson(profile).getBytes(StandardCharsets.UTF_8));
    }

    private static void putMemory(ObjectNode host, Double memory) {
        if (memory != null && memory == Math.rint(memory) && memory < Long.MAX_VALUE) {
            host.put(ProfileFields.MEMORY_GB, memory.longValue());
        } else {
            host.put(ProfileFields.MEMORY_GB, memory);
        }
    }

    private static String id(Identified value) {
        return value == null ? null : value.id();
    }
}
