package dev.dockwise.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockwise.engine.model.Arch;
import dev.dockwise.engine.model.Cloud;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Cpu;
import dev.dockwise.engine.model.CpuVendor;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Features;
import dev.dockwise.engine.model.Host;
import dev.dockwise.engine.model.HypervisorKind;
import dev.dockwise.engine.model.Identified;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Isolation;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.engine.model.Needs;
import dev.dockwise.engine.model.Orchestration;
import dev.dockwise.engine.model.Organization;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.ServerInstallation;
import dev.dockwise.engine.model.Software;
import dev.dockwise.engine.model.WindowsImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a parsed profile against dockwise.profile/v1 and builds the engine's model from it.
 * Every problem is collected with its field path, so the wizard can mark each field at once.
 * This is the only place profile validation lives.
 */
public final class ProfileValidator {
    public static final int MAX_BUILD = 99_999;
    public static final double MAX_MEMORY_GB = 65_536;
    static final int MAX_TEXT = 200;
    private static final Pattern SCHEMA = Pattern.compile("dockwise\\.profile/v(\\d+)");

    private final List<ProfileProblem> problems = new ArrayList<>();

    private ProfileValidator() {
    }

    /** The profile, or every problem found in it. */
    public static Profile validate(JsonNode root) throws InvalidProfileException {
        ProfileValidator v = new ProfileValidator();
        Profile profile = v.profile(root);
        if (!v.problems.isEmpty()) {
            throw new InvalidProfileException(v.problems);
        }
        return profile;
    }

    /** Every problem in the document; empty when it is a valid profile. */
    public static List<ProfileProblem> problemsIn(JsonNode root) {
        ProfileValidator v = new ProfileValidator();
        v.profile(root);
        return List.copyOf(v.problems);
    }

    private Profile profile(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("", "a profile is a JSON object, got " + JsonShapes.describe(root));
            return null;
        }
        onlyKnownFields(root, "", ProfileFields.TOP);
        schema(root.get(ProfileFields.SCHEMA));
        String name = text(root, ProfileFields.NAME, "");
        Host host = object(root, ProfileFields.HOST, "") ? host(root.get(ProfileFields.HOST)) : Host.unknown();
        Needs needs = object(root, ProfileFields.NEEDS, "") ? needs(root.get(ProfileFields.NEEDS)) : Needs.unknown();
        return new Profile(name, host, needs);
    }

    private void schema(JsonNode node) {
        if (node == null || node.isNull()) {
            problem(ProfileFields.SCHEMA, "missing: expected \"" + Profile.SCHEMA + "\"");
            return;
        }
        if (!node.isTextual()) {
            problem(ProfileFields.SCHEMA, "expected the string \"" + Profile.SCHEMA + "\", got " + JsonShapes.describe(node));
            return;
        }
        Matcher m = SCHEMA.matcher(node.asText());
        if (m.matches() && !node.asText().equals(Profile.SCHEMA) && m.group(1).length() < 6 && Integer.parseInt(m.group(1)) > 1) {
            problem(ProfileFields.SCHEMA, "this profile is " + node.asText() + ", newer than this version of Dockwise reads ("
                    + Profile.SCHEMA + "): update Dockwise to open it");
        } else if (!node.asText().equals(Profile.SCHEMA)) {
            problem(ProfileFields.SCHEMA, "expected \"" + Profile.SCHEMA + "\", got " + JsonShapes.describe(node));
        }
    }

    private Host host(JsonNode h) {
        String p = "host.";
        onlyKnownFields(h, ProfileFields.HOST, ProfileFields.IN_HOST);
        Edition edition = choice(h, ProfileFields.EDITION, p, Edition.class);
        Boolean ltsc = flag(h, ProfileFields.LTSC, p);
        Integer build = whole(h, ProfileFields.BUILD, p, 1, MAX_BUILD, "an OS build number such as 22631",
                "Type the OS build number in digits, e.g. 22631");
        Integer ubr = whole(h, ProfileFields.UBR, p, 0, 999_999, "the update build revision such as 4460",
                "Type the update build revision in digits, e.g. 4460");
        Arch arch = choice(h, ProfileFields.ARCH, p, Arch.class);
        Double memory = positive(h, ProfileFields.MEMORY_GB, p);
        ServerInstallation installation = choice(h, ProfileFields.SERVER_INSTALLATION, p, ServerInstallation.class);
        Cpu cpu = object(h, ProfileFields.CPU, p) ? cpu(h.get(ProfileFields.CPU)) : Cpu.unknown();
        MachineKind machine = choice(h, ProfileFields.MACHINE, p, MachineKind.class);
        HypervisorKind hypervisor = choice(h, ProfileFields.HYPERVISOR, p, HypervisorKind.class);
        Cloud cloud = choice(h, ProfileFields.CLOUD, p, Cloud.class);
        String vmSize = text(h, ProfileFields.VM_SIZE, p);
        Boolean nested = flag(h, ProfileFields.NESTED_VIRTUALIZATION, p);
        Features features = object(h, ProfileFields.FEATURES, p) ? features(h.get(ProfileFields.FEATURES)) : Features.unknown();
        Software software = object(h, ProfileFields.SOFTWARE, p) ? software(h.get(ProfileFields.SOFTWARE)) : Software.none();
        Boolean admin = flag(h, ProfileFields.ADMIN, p);

        if (installation != null && edition != null && !edition.id().startsWith("server") && edition != Edition.OTHER) {
            problem(p + ProfileFields.SERVER_INSTALLATION, "only Windows Server editions have an installation option; host.edition is \"" + edition.id() + "\"",
                    "Only Windows Server editions have this option: choose a Server edition first, or leave it as Don't know.");
        }
        if (Boolean.TRUE.equals(ltsc) && edition != null && edition != Edition.ENTERPRISE && edition != Edition.IOT_ENTERPRISE && edition != Edition.OTHER) {
            problem(p + ProfileFields.LTSC, "LTSC exists for Windows Enterprise and IoT Enterprise only; host.edition is \"" + edition.id() + "\"",
                    "Only Windows Enterprise and IoT Enterprise come as LTSC: choose one of them, or set LTSC to No.");
        }
        if (machine == MachineKind.PHYSICAL) {
            onlyForVirtual(hypervisor != null, ProfileFields.HYPERVISOR);
            onlyForVirtual(cloud != null, ProfileFields.CLOUD);
            onlyForVirtual(vmSize != null, ProfileFields.VM_SIZE);
            onlyForVirtual(nested != null, ProfileFields.NESTED_VIRTUALIZATION);
        }
        return new Host(edition, ltsc, build, ubr, arch, memory, installation, cpu, machine, hypervisor, cloud, vmSize, nested, features, software, admin);
    }

    private void onlyForVirtual(boolean present, String field) {
        if (present) {
            problem("host." + field, "only applies to a virtual machine, but host.machine is \"physical\" (set it to null or make the machine \"virtual\")",
                    "This only applies to a virtual machine: choose Virtual machine under Machine first, or leave it empty.");
        }
    }

    private Cpu cpu(JsonNode c) {
        onlyKnownFields(c, "host.cpu", ProfileFields.IN_CPU);
        return new Cpu(choice(c, ProfileFields.VENDOR, "host.cpu.", CpuVendor.class), flag(c, ProfileFields.VIRTUALIZATION_ENABLED, "host.cpu."), flag(c, ProfileFields.SLAT, "host.cpu."));
    }

    private Features features(JsonNode f) {
        String p = "host.features.";
        onlyKnownFields(f, "host.features", ProfileFields.IN_FEATURES);
        return new Features(flag(f, ProfileFields.HYPER_V, p), flag(f, ProfileFields.CONTAINERS, p), whole(f, ProfileFields.WSL, p, 0, 2, "0 (none), 1 or 2", "Choose 0 (none), 1 or 2"), flag(f, ProfileFields.VIRTUAL_MACHINE_PLATFORM, p));
    }

    private Software software(JsonNode s) {
        String p = "host.software.";
        onlyKnownFields(s, "host.software", ProfileFields.IN_SOFTWARE);
        return new Software(text(s, ProfileFields.VIRTUAL_BOX, p), text(s, ProfileFields.VMWARE_WORKSTATION, p), text(s, ProfileFields.DOCKER_DESKTOP, p));
    }

    private Needs needs(JsonNode n) {
        String p = "needs.";
        onlyKnownFields(n, ProfileFields.NEEDS, ProfileFields.IN_NEEDS);
        return new Needs(containers(n.get(ProfileFields.CONTAINERS)), choice(n, ProfileFields.PURPOSE, p, Purpose.class), choice(n, ProfileFields.ISOLATION, p, Isolation.class),
                choice(n, ProfileFields.WINDOWS_IMAGE, p, WindowsImage.class), choice(n, ProfileFields.WINDOWS_IMAGE_VERSION, p, ImageVersion.class),
                choice(n, ProfileFields.ORCHESTRATION, p, Orchestration.class), choice(n, ProfileFields.ORGANIZATION, p, Organization.class));
    }

    private Set<ContainerType> containers(JsonNode node) {
        String path = "needs.containers";
        Set<ContainerType> result = EnumSet.noneOf(ContainerType.class);
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isArray()) {
            problem(path, "expected a list such as [\"linux\"], got " + JsonShapes.describe(node));
            return result;
        }
        if (node.isEmpty()) {
            problem(path, "must name at least one container type: " + String.join(", ", Identified.ids(ContainerType.class)),
                    "Choose at least one kind of container (Linux or Windows).");
            return result;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            Optional<ContainerType> type = item.isTextual() ? Identified.parse(ContainerType.class, item.asText()) : Optional.empty();
            if (type.isEmpty()) {
                problem(path + "[" + i + "]", "expected one of " + quoted(ContainerType.class) + ", got " + JsonShapes.describe(item));
            } else if (!result.add(type.get())) {
                problem(path + "[" + i + "]", "\"" + type.get().id() + "\" is listed twice");
            }
        }
        return result;
    }

    // ---- field helpers ----

    private void onlyKnownFields(JsonNode object, String path, List<String> known) {
        Set<String> allowed = Set.copyOf(known);
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                problem(path.isEmpty() ? field : path + "." + field, "unknown field; expected one of " + String.join(", ", known));
            }
        }
    }

    private boolean object(JsonNode parent, String field, String prefix) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isObject()) {
            problem(prefix + field, "expected an object, got " + JsonShapes.describe(node));
            return false;
        }
        return true;
    }

    private <E extends Enum<E> & Identified> E choice(JsonNode parent, String field, String prefix, Class<E> type) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        Optional<E> value = node.isTextual() ? Identified.parse(type, node.asText()) : Optional.empty();
        if (value.isEmpty()) {
            problem(prefix + field, "expected one of " + quoted(type) + " or null, got " + JsonShapes.describe(node));
        }
        return value.orElse(null);
    }

    /** {@code hint} completes the profile's message, {@code ask} starts the wizard's ("Type the ... in digits"). */
    private Integer whole(JsonNode parent, String field, String prefix, int min, int max, String hint, String ask) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            problem(prefix + field, "expected a whole number from " + min + " to " + max + " (" + hint + "), got " + JsonShapes.describe(node),
                    ask + " (" + min + " to " + max + ").");
            return null;
        }
        return node.intValue();
    }

    private Double positive(JsonNode parent, String field, String prefix) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || !(node.doubleValue() > 0) || node.doubleValue() > MAX_MEMORY_GB) {
            problem(prefix + field, "expected the memory in GB, a number above 0 and at most " + (long) MAX_MEMORY_GB + ", got " + JsonShapes.describe(node),
                    "Type the memory in GB, e.g. 16 (more than 0, at most " + (long) MAX_MEMORY_GB + ").");
            return null;
        }
        return node.doubleValue();
    }

    private Boolean flag(JsonNode parent, String field, String prefix) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            problem(prefix + field, "expected true, false or null (unknown), got " + JsonShapes.describe(node));
            return null;
        }
        return node.booleanValue();
    }

    private String text(JsonNode parent, String field, String prefix) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problem(prefix + field, "expected a string or null, got " + JsonShapes.describe(node));
            return null;
        }
        Optional<String> wrong = TextRules.singleLineProblem(node.asText(), MAX_TEXT);
        wrong.ifPresent(w -> problem(prefix + field, w));
        return wrong.isPresent() ? null : node.asText();
    }

    private static <E extends Enum<E> & Identified> String quoted(Class<E> type) {
        return String.join(", ", Identified.ids(type).stream().map(id -> "\"" + id + "\"").toList());
    }

    private void problem(String path, String message) {
        problems.add(new ProfileProblem(path, message));
    }

    private void problem(String path, String message, String forUser) {
        problems.add(new ProfileProblem(path, message, forUser));
    }
}
