package dev.dockwise.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up fleet for tests and the plan benchmark: varied hosts (editions, builds, VMs in clouds,
 * missing features, Windows and Linux needs) with every {@code invalidEvery}-th profile broken in
 * one of the ways real files break. Seeded, so a run can be repeated. Usage: java -cp
 * target/test-classes:target/dockwise.jar dev.dockwise.fleet.FleetGenerator COUNT FILE.jsonl
 */
public final class FleetGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] EDITIONS = {
        "home",
        "pro",
        "pro",
        "enterprise",
        "education",
        "server-standard",
        "server-datacenter",
        "other"
    };
    private static final int[] CLIENT_BUILDS = {
        7601, 9600, 17763, 19041, 19044, 19045, 22000, 22621, 22631, 26100
    };
    private static final int[] SERVER_BUILDS = {14393, 17763, 20348, 26100};
    private static final String[] HYPERVISORS = {"hyperv", "vmware", "virtualbox", "kvm", "xen"};
    private static final String[] CLOUDS = {"azure", "aws", "gcp"};
    private static final String[] AZURE_SIZES = {
        "Standard_D4s_v5", "Standard_D2as_v4", "Standard_B2s_v2", "Standard_D8s_v3"
    };
    private static final String[] IMAGE_VERSIONS = {"ltsc2019", "ltsc2022", "ltsc2025"};
    private static final String[] IMAGES = {"nanoserver", "servercore", "server"};

    /** The generated lines and which of them are invalid. */
    public record Fleet(List<String> lines, List<Boolean> invalid) {
        public long invalidCount() {
            return invalid.stream().filter(b -> b).count();
        }
    }

    private FleetGenerator() {}

    public static Fleet generate(int count, int invalidEvery, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(count);
        List<Boolean> invalid = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ObjectNode profile = host(random, i);
            boolean broken = invalidEvery > 0 && i % invalidEvery == invalidEvery - 1;
            lines.add(broken ? breakIt(profile, random) : profile.toString());
            invalid.add(broken);
        }
        return new Fleet(lines, invalid);
    }

    private static ObjectNode host(Random r, int i) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", "dockwise.profile/v1");
        root.put("name", "host-" + i);
        ObjectNode host = root.putObject("host");
        String edition = pick(r, EDITIONS);
        boolean server = edition.startsWith("server");
        host.put("edition", edition);
        host.put(
                "build",
                server
                        ? SERVER_BUILDS[r.nextInt(SERVER_BUILDS.length)]
                        : CLIENT_BUILDS[r.nextInt(CLIENT_BUILDS.length)]);
        host.putNull("ubr");
        host.put("arch", r.nextInt(20) == 0 ? "arm64" : "x64");
        host.put("memoryGb", new int[] {4, 8, 16, 32, 64}[r.nextInt(5)]);
        if (server) {
            host.put("serverInstallation", r.nextBoolean() ? "desktop-experience" : "server-core");
        } else {
            host.putNull("serverInstallation");
        }
        ObjectNode cpu = host.putObject("cpu");
        cpu.put("vendor", r.nextInt(3) == 0 ? "amd" : "intel");
        nullable(cpu, "virtualizationEnabled", r);
        cpu.put("slat", r.nextInt(30) != 0);
        boolean virtual = r.nextInt(3) == 0;
        host.put("machine", virtual ? "virtual" : "physical");
        if (virtual) {
            boolean inCloud = r.nextBoolean();
            String cloud = inCloud ? pick(r, CLOUDS) : null;
            host.put("hypervisor", "azure".equals(cloud) ? "hyperv" : pick(r, HYPERVISORS));
            host.put("cloud", cloud);
            host.put("vmSize", "azure".equals(cloud) ? pick(r, AZURE_SIZES) : null);
            nullable(host, "nestedVirtualization", r);
        } else {
            host.putNull("hypervisor");
            host.putNull("cloud");
            host.putNull("vmSize");
            host.putNull("nestedVirtualization");
        }
        ObjectNode features = host.putObject("features");
        features.put("hyperV", r.nextBoolean());
        features.put("containers", r.nextBoolean());
        features.put("wsl", r.nextInt(3));
        features.put("virtualMachinePlatform", r.nextBoolean());
        ObjectNode software = host.putObject("software");
        software.put("virtualBox", r.nextInt(5) == 0 ? "7.0.14" : null);
        software.put("vmwareWorkstation", r.nextInt(8) == 0 ? "17.5.0" : null);
        software.put("dockerDesktop", r.nextInt(4) == 0 ? "4.49.0" : null);
        host.put("admin", r.nextInt(6) != 0);
        ObjectNode needs = root.putObject("needs");
        ArrayNode containers = needs.putArray("containers");
        int kind = r.nextInt(4);
        if (kind != 1) {
            containers.add("linux");
        }
        if (kind != 0) {
            containers.add("windows");
        }
        needs.put("purpose", new String[] {"development", "test", "production"}[r.nextInt(3)]);
        needs.put("isolation", r.nextInt(5) == 0 ? "hypervisor" : "standard");
        boolean windows = kind != 0;
        needs.put("windowsImage", windows && r.nextBoolean() ? pick(r, IMAGES) : null);
        needs.put(
                "windowsImageVersion", windows && r.nextBoolean() ? pick(r, IMAGE_VERSIONS) : null);
        needs.put(
                "orchestration",
                new String[] {"none", "compose", "swarm", "kubernetes"}[r.nextInt(4)]);
        needs.put("organization", new String[] {"personal", "small", "large"}[r.nextInt(3)]);
        return root;
    }

    private static String breakIt(ObjectNode profile, Random r) {
        ObjectNode host = (ObjectNode) profile.get("host");
        switch (r.nextInt(6)) {
            case 0 -> host.put("build", -5);
            case 1 -> host.put("edition", "ultimate");
            case 2 -> host.put("memoryGb", "lots");
            case 3 -> profile.put("colour", "blue");
            case 4 -> profile.put("schema", "dockwise.profile/v9");
            default -> {
                String text = profile.toString();
                return text.substring(0, text.length() / 2);
            }
        }
        return profile.toString();
    }

    private static void nullable(ObjectNode node, String field, Random r) {
        int v = r.nextInt(5);
        if (v == 0) {
            node.putNull(field);
        } else {
            node.put(field, v != 1);
        }
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    public static void writeJsonLines(Fleet fleet, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : fleet.lines()) {
                w.write(line);
                w.write('\n');
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Fleet fleet = generate(Integer.parseInt(args[0]), 25, 7);
        writeJsonLines(fleet, Path.of(args[1]));
        System.out.println(
                fleet.lines().size()
                        + " profiles ("
                        + fleet.invalidCount()
                        + " invalid) in "
                        + args[1]);
    }
}
