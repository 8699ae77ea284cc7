package dev.dockwise.ui.wizard;

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
    private static final List<String> ALWAYS = List.of("host.edition", "host.build", "host.ubr", "host.arch", "host.memoryGb", "host.cpu.vendor",
            "host.cpu.virtualizationEnabled", "host.machine", "host.features.hyperV", "host.features.containers", "host.features.wsl",
            "host.features.virtualMachinePlatform", "host.admin");
    /** Fields where empty is an answer in itself: found when set. */
    private static final List<String> WHEN_SET = List.of("host.ltsc", "host.serverInstallation", "host.hypervisor", "host.cloud", "host.vmSize",
            "host.software.virtualBox", "host.software.vmwareWorkstation", "host.software.dockerDesktop");

    private ProbeFindings() {
    }

    /** Field path to finding, in the order of the Host step, for a profile tree the probe wrote. */
    public static Map<String, Finding> of(JsonNode profile) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (String path : ALWAYS) {
            findings.put(path, known(at(profile, path)) ? Finding.DETECTED : Finding.UNKNOWN);
        }
        boolean virtual = "virtual".equals(at(profile, "host.machine").asText());
        // SLAT is hidden inside a VM and while a hypervisor runs; nested virtualization only means anything in a VM
        findings.put("host.cpu.slat", known(at(profile, "host.cpu.slat")) ? Finding.DETECTED : virtual ? null : Finding.UNKNOWN);
        if (virtual) {
            findings.put("host.nestedVirtualization", known(at(profile, "host.nestedVirtualization")) ? Finding.DETECTED : Finding.UNKNOWN);
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
