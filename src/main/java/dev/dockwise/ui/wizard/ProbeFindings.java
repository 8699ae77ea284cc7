package dev.dockwise.ui.wizard;

import dev.dockwise.profile.ProfileField;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which answers a probe detected on the host, and which it could not: a value it read is detected;
 * a field it left empty (or as "other") where a value was there to read is still unknown and wants
 * the user. Empty where empty is an answer (no hypervisor on hardware, no cloud on premises, software
 * not installed, no server installation on a client) is neither.
 */
public final class ProbeFindings {
    /** What became of one answer. */
    public enum Finding { DETECTED, UNKNOWN }

    /** Fields the probe reads on every host: empty means it could not tell. */
    private static final List<String> ALWAYS = List.of(ProfileField.EDITION.path(), ProfileField.BUILD.path(), ProfileField.UBR.path(), ProfileField.ARCH.path(), ProfileField.MEMORY_GB.path(), ProfileField.CPU_VENDOR.path(),
            ProfileField.VIRTUALIZATION_ENABLED.path(), ProfileField.MACHINE.path(), ProfileField.HYPER_V.path(), ProfileField.CONTAINERS_FEATURE.path(), ProfileField.WSL.path(),
            ProfileField.VIRTUAL_MACHINE_PLATFORM.path(), ProfileField.ADMIN.path());
    /** Fields where empty is an answer in itself: found when set. */
    private static final List<String> WHEN_SET = List.of(ProfileField.EDITION_ID.path(), ProfileField.LTSC.path(), ProfileField.S_MODE.path(), ProfileField.SERVER_INSTALLATION.path(), ProfileField.HYPERVISOR.path(), ProfileField.CLOUD.path(), ProfileField.VM_SIZE.path(),
            ProfileField.VIRTUAL_BOX.path(), ProfileField.VMWARE_WORKSTATION.path(), ProfileField.DOCKER_DESKTOP.path());

    private ProbeFindings() {
    }

    /** Field path to finding, in the order of the Host step, for a profile tree the probe wrote. */
    public static Map<String, Finding> of(JsonNode profile) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (String path : ALWAYS) {
            findings.put(path, known(at(profile, path)) ? Finding.DETECTED : Finding.UNKNOWN);
        }
        boolean virtual = "virtual".equals(at(profile, ProfileField.MACHINE.path()).asText());
        // SLAT is hidden inside a VM and while a hypervisor runs; nested virtualization only means anything in a VM
        findings.put(ProfileField.SLAT.path(), known(at(profile, ProfileField.SLAT.path())) ? Finding.DETECTED : virtual ? null : Finding.UNKNOWN);
        if (virtual) {
            findings.put(ProfileField.NESTED_VIRTUALIZATION.path(), known(at(profile, ProfileField.NESTED_VIRTUALIZATION.path())) ? Finding.DETECTED : Finding.UNKNOWN);
        }
        for (String path : WHEN_SET) {
            if (known(at(profile, path))) {
                findings.put(path, Finding.DETECTED);
            }
        }
        findings.values().removeIf(java.util.Objects::isNull);
        return findings;
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private static boolean known(JsonNode value) {
        return !value.isMissingNode() && !value.isNull() && !(value.isTextual() && (value.asText().isBlank() || value.asText().equals("other")));
    }
}
