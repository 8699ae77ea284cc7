package dev.dockwise.report;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.model.Profile;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Optional;

/** Report models and renderings for tests. */
final class ReportFixtures {
    static final LocalDate DATE = LocalDate.of(2026, 12, 5);
    static final ReportBuilder BUILDER = new ReportBuilder(TestEngine.ADVISOR, "test");

    private ReportFixtures() {
    }

    /** A Windows Server 2022 host with a Cyrillic name, needing Windows containers. */
    static Profile cyrillicServer() {
        return TestEngine.profile(p -> {
            p.put("name", "сервер-01");
            TestEngine.host(p).put("edition", "server-datacenter").put("build", 20348);
            TestEngine.needs(p).putArray("containers").add("windows");
            TestEngine.needs(p).put("purpose", "production").put("windowsImage", "servercore").put("windowsImageVersion", "ltsc2022");
        });
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
