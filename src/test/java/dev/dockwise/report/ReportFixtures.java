package dev.dockwise.report;

import dev.dockwise.TestEngine;
import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Purpose;
import dev.dockwise.engine.model.WindowsImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Optional;

/** Report models and renderings for tests. */
final class ReportFixtures {
    static final LocalDate DATE = LocalDate.of(2026, 12, 5);
    static final ReportBuilder BUILDER = new ReportBuilder(TestEngine.ADVISOR, "test");

    private ReportFixtures() {}

    /** A Windows Server 2022 host with a Cyrillic name, needing Windows containers. */
    static Profile cyrillicServer() {
        return TestProfile.baseline()
                .name("сервер-01")
                .edition(Edition.SERVER_DATACENTER)
                .build(20348)
                .containers(ContainerType.WINDOWS)
                .purpose(Purpose.PRODUCTION)
                .windowsImage(WindowsImage.SERVERCORE)
                .windowsImageVersion(ImageVersion.LTSC2022)
                .profile();
    }

    static ReportModel model(Optional<Profile> profile) {
        return BUILDER.build(profile, DATE);
    }

    static byte[] pdf(ReportModel model, PdfReport.Paper paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(model, paper, out);
        return out.toByteArray();
    }
}
