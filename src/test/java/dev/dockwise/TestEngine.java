package dev.dockwise;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.profile.InvalidProfileException;
import dev.dockwise.profile.ProfileReader;
import dev.dockwise.profile.ProfileWriter;
import java.util.function.Consumer;

/** Builds profiles for tests from a baseline host by editing its JSON tree, and evaluates them. */
public final class TestEngine {
    public static final Advisor ADVISOR = new Advisor(KnowledgeBase.bundled());

    private TestEngine() {
    }

    /** Windows 11 Pro 23H2, x64, 16 GB, physical, virtualization on, admin; Linux containers for development. */
    public static String baseline() {
        return """
            {"schema":"dockwise.profile/v1","name":"test-host",
             "host":{"edition":"pro","build":22631,"ubr":null,"arch":"x64","memoryGb":16,"serverInstallation":null,
               "cpu":{"vendor":"intel","virtualizationEnabled":true,"slat":true},
               "machine":"physical","hypervisor":null,"cloud":null,"vmSize":null,"nestedVirtualization":null,
               "features":{"hyperV":false,"containers":false,"wsl":0,"virtualMachinePlatform":false},
               "software":{"virtualBox":null,"vmwareWorkstation":null,"dockerDesktop":null},"admin":true},
             "needs":{"containers":["linux"],"purpose":"development","isolation":"standard","windowsImage":null,
               "windowsImageVersion":null,"orchestration":"none","organization":"personal"}}
            """;
    }

    public static Profile profile(Consumer<ObjectNode> edit) {
        try {
            ObjectNode tree = (ObjectNode) ProfileReader.parse(baseline().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            edit.accept(tree);
            return ProfileReader.read(tree.toString());
        } catch (InvalidProfileException e) {
            throw new AssertionError("test profile invalid: " + e.getMessage(), e);
        }
    }

    public static Recommendation evaluate(Consumer<ObjectNode> edit) {
        return ADVISOR.evaluate(profile(edit));
    }

    public static ObjectNode host(ObjectNode root) {
        return (ObjectNode) root.get("host");
    }

    public static ObjectNode features(ObjectNode root) {
        return (ObjectNode) host(root).get("features");
    }

    public static ObjectNode cpu(ObjectNode root) {
        return (ObjectNode) host(root).get("cpu");
    }

    public static ObjectNode software(ObjectNode root) {
        return (ObjectNode) host(root).get("software");
    }

    public static ObjectNode needs(ObjectNode root) {
        return (ObjectNode) root.get("needs");
    }

    public static String json(Profile profile) {
        return ProfileWriter.toJson(profile);
    }
}
