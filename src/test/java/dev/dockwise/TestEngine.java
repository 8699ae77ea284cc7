package dev.dockwise;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.profile.ProfileWriter;

/**
 * The advisor tests share and the baseline host as a profile file. A test builds a host with the
 * typed {@link TestProfile}; it edits the file's text only where the test is about the JSON itself.
 */
public final class TestEngine {
    public static final Advisor ADVISOR = new Advisor(KnowledgeBase.bundled());

    private TestEngine() {}

    /**
     * Windows 11 Pro 23H2, x64, 16 GB, physical, virtualization on, admin; Linux containers for
     * development.
     */
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

    public static String json(Profile profile) {
        return ProfileWriter.toJson(profile);
    }
}
