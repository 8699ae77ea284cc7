package dev.dockwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.Support;
import dev.dockwise.engine.matrix.CompatibilityMatrix;
import dev.dockwise.engine.matrix.MatrixCell;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.engine.model.ImageVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The matrix agrees, cell by cell, with Microsoft's current table (version-compatibility.md,
 * ms.date 2025-01-23), typed in here independently of the knowledge data: Hyper-V / process, Y =
 * supported, N = not, for images 2025, 2022, 2019, 2016.
 */
class MicrosoftMatrixTest {
    private static final CompatibilityMatrix MATRIX =
            new CompatibilityMatrix(TestEngine.ADVISOR.knowledge());

    @ParameterizedTest(name = "{0} build {1}")
    @CsvSource({
        // host,              build, kind,   2025 hv/p, 2022 hv/p, 2019 hv/p, 2016 hv/p
        "Windows Server 2025, 26100, server, YY,        YY,        YN,        YN",
        "Windows Server 2022, 20348, server, NN,        YY,        YN,        YN",
        "Windows Server 2019, 17763, server, NN,        NN,        YY,        YN",
        "Windows Server 2016, 14393, server, NN,        NN,        NN,        YY",
        "Windows 11 24H2,     26100, client, YY,        YY,        YN,        YN",
        "Windows 11 25H2,     26200, client, YY,        YY,        YN,        YN",
        "Windows 11 23H2,     22631, client, NN,        YY,        YN,        YN",
        "Windows 11 21H2,     22000, client, NN,        YY,        YN,        YN",
        "Windows 10 22H2,     19045, client, NN,        NN,        YN,        YN",
        "Windows 10 1809,     17763, client, NN,        NN,        YN,        YN",
    })
    void agreesWithMicrosoftsTable(
            String host,
            int build,
            String kind,
            String y2025,
            String y2022,
            String y2019,
            String y2016) {
        HostKind hostKind = kind.equals("server") ? HostKind.SERVER : HostKind.CLIENT;
        String[] expected = {y2025, y2022, y2019, y2016};
        ImageVersion[] images = {
            ImageVersion.LTSC2025,
            ImageVersion.LTSC2022,
            ImageVersion.LTSC2019,
            ImageVersion.LTSC2016
        };
        for (int i = 0; i < images.length; i++) {
            assertCell(
                    host, hostKind, build, images[i], IsolationKind.HYPERV, expected[i].charAt(0));
            assertCell(
                    host, hostKind, build, images[i], IsolationKind.PROCESS, expected[i].charAt(1));
        }
    }

    private static void assertCell(
            String host,
            HostKind kind,
            int build,
            ImageVersion image,
            IsolationKind isolation,
            char expected) {
        MatrixCell cell = MATRIX.cell(kind, build, image, isolation);
        boolean works = cell.support() != Support.UNSUPPORTED;
        assertEquals(
                expected == 'Y',
                works,
                host + " / " + image.id() + " / " + isolation.id() + ": " + cell);
    }
}
