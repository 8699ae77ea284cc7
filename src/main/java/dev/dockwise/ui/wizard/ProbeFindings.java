package dev.dockwise.ui.wizard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockwise.profile.ProfileField;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which answers a probe detected on the host, and which it could not: a value it read is detected;
 * a field it left empty (or as "other") where a value was there to read is still unknown and wants
 * the user. Empty where empty is an answer (no hypervisor on hardware, no cloud on premises,
 * software not installed, no server installation on a client) is neither.
 */
public final class ProbeFindings {
    /** What became of one answer. */
    public enum Finding {
        DETECTED,
        UNKNOWN
    }

    private ProbeFindings() {}

    /**
     * Field path to finding, in the order of the profile (the Host step's), for a profile tree the
     * probe wrote.
     */
    public static Map<String, Finding> of(JsonNode profile) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        boolean virtual = "virtual".equals(at(profile, ProfileField.MACHINE.path()).asText());
        for (ProfileField field : ProfileField.values()) {
            boolean known = known(at(profile, field.path()));
            Finding finding =
                    switch (field.probe()) {
                        case READS -> known ? Finding.DETECTED : Finding.UNKNOWN;
                        case WHEN_SET -> known ? Finding.DETECTED : null;
                        // SLAT is hidden inside a VM and while a hypervisor runs
                        case HIDDEN_IN_VM ->
                                known ? Finding.DETECTED : virtual ? null : Finding.UNKNOWN;
                        case IN_VM -> !virtual ? null : known ? Finding.DETECTED : Finding.UNKNOWN;
                        case NEVER -> null;
                    };
            if (finding != null) {
                findings.put(field.path(), finding);
            }
        }
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
        return !value.isMissingNode()
                && !value.isNull()
                && !(value.isTextual()
                        && (value.asText().isBlank() || value.asText().equals("other")));
    }
}
