package dev.dockwise.scripts.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the probe reads on a real Windows host comes out as a profile the product accepts. */
class ProbeScriptTest {
    private static final String PROBE = ProbeScript.text().replace("\r\n", "\n");

    /** The SPEC's host.edition values. */
    private static final Set<String> SPEC_EDITIONS =
            Set.of(
                    "home",
                    "pro",
                    "pro-workstation",
                    "enterprise",
                    "education",
                    "iot-enterprise",
                    "server-standard",
                    "server-datacenter",
                    "server-essentials",
                    "other");

    /**
     * EditionIDs real hosts report (HKLM\...\CurrentVersion\EditionID), each with the edition it
     * is.
     */
    private static final Map<String, String> REAL_EDITION_IDS =
            Map.ofEntries(
                    Map.entry("Core", "home"),
                    Map.entry("CoreSingleLanguage", "home"),
                    Map.entry("CoreN", "home"),
                    Map.entry("Professional", "pro"),
                    Map.entry("ProfessionalN", "pro"),
                    Map.entry("ProfessionalEducation", "pro"),
                    Map.entry("ProfessionalWorkstation", "pro-workstation"),
                    Map.entry("ProfessionalWorkstationN", "pro-workstation"),
                    Map.entry("Enterprise", "enterprise"),
                    Map.entry("EnterpriseN", "enterprise"),
                    Map.entry("EnterpriseS", "enterprise"),
                    Map.entry("EnterpriseG", "enterprise"),
                    // editions the profile can't name are "other" (with their EditionID), never the
                    // nearest one
                    Map.entry("ServerRdsh", "other"),
                    Map.entry("ServerHyperCore", "other"),
                    Map.entry("Cloud", "other"),
                    Map.entry("ServerStandardACor", "server-standard"),
                    Map.entry("ServerDatacenterACor", "server-datacenter"),
                    Map.entry("Education", "education"),
                    Map.entry("EducationN", "education"),
                    Map.entry("IoTEnterprise", "iot-enterprise"),
                    Map.entry("IoTEnterpriseS", "iot-enterprise"),
                    Map.entry("ServerStandard", "server-standard"),
                    Map.entry("ServerStandardEval", "server-standard"),
                    Map.entry("ServerDatacenter", "server-datacenter"),
                    Map.entry("ServerDatacenterEval", "server-datacenter"),
                    Map.entry("ServerTurbine", "server-datacenter"),
                    Map.entry("ServerSolution", "server-essentials"),
                    Map.entry("HomePremium", "home"),
                    Map.entry("Ultimate", "enterprise"));

    private static Map<String, String> editionTable() {
        Matcher block = Pattern.compile("(?s)\\$editionIds = @\\{(.*?)\\n\\}").matcher(PROBE);
        assertTrue(block.find(), "the probe maps EditionIDs in one table");
        Map<String, String> table = new LinkedHashMap<>();
        Matcher entry =
                Pattern.compile("(?m)^\\s*'(\\w+)' = '([\\w-]+)'\\s*$").matcher(block.group(1));
        long lines = block.group(1).lines().filter(l -> !l.isBlank()).count();
        while (entry.find()) {
            String previous = table.put(entry.group(1).toLowerCase(Locale.ROOT), entry.group(2));
            assertEquals(
                    null,
                    previous,
                    "EditionID listed twice (PowerShell keys ignore case): " + entry.group(1));
        }
        assertEquals(
                lines, table.size(), "every line of the table is one 'EditionID' = 'edition' pair");
        return table;
    }

    @Test
    void everyEditionIdMapsToExactlyOneSpecEdition() {
        Map<String, String> table = editionTable();
        table.forEach(
                (id, edition) ->
                        assertTrue(
                                SPEC_EDITIONS.contains(edition),
                                id + " maps to " + edition + ", not a SPEC edition"));
        REAL_EDITION_IDS.forEach(
                (id, edition) -> assertEquals(edition, table.get(id.toLowerCase(Locale.ROOT)), id));
        assertFalse(
                PROBE.contains("switch -Wildcard ($editionId)"),
                "a wildcard switch without break yields two values for ProfessionalWorkstation");
        assertTrue(
                PROBE.contains("$edition = 'other'")
                        && PROBE.contains("$editionIds.ContainsKey($editionId)"),
                "an unknown EditionID is 'other'");
        assertTrue(
                PROBE.contains(
                        "$ltsc = ($editionId -like 'EnterpriseS*') -or ($editionId -like"
                                + " 'IoTEnterpriseS*')"),
                "LTSC EditionIDs (EnterpriseS, EnterpriseSN, IoTEnterpriseS, IoTEnterpriseSK) mark"
                        + " the host LTSC");
        assertTrue(
                PROBE.contains("if ($ltsc) {")
                        && PROBE.contains("$dockwiseProfile.host.Insert($at, 'ltsc', $true)"),
                "ltsc is written after the edition, and only on LTSC hosts");
        assertTrue(
                PROBE.contains("$hypervisor = 'parallels'"),
                "Parallels is a hypervisor value of its own");
    }

    @Test
    void theRawEditionIdIsKeptWhereTheEditionCantSayItAllAndSModeIsRead() {
        assertTrue(
                PROBE.contains(
                        "$keepEditionId = ($editionId -ne '') -and (($edition -eq 'other') -or"
                                + " ($editionId -like '*Eval*') -or ($editionId -like '*ACor'))"),
                "an unmapped EditionID, an evaluation and a Semi-Annual Channel Server keep their"
                        + " EditionID");
        assertTrue(
                PROBE.contains("$dockwiseProfile.host.Insert($at, 'editionId', $editionId)"),
                "editionId after the edition, only when kept");
        assertTrue(
                PROBE.contains(
                        "'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\CI\\Policy' -Name"
                                + " 'SkuPolicyRequired') -eq 1"),
                "S mode from Code Integrity's SkuPolicyRequired");
        assertTrue(
                PROBE.contains("$dockwiseProfile.host.Insert($at, 'sMode', $true)"),
                "sMode only when true");
        int editionIdAt = PROBE.indexOf("Insert($at, 'editionId'");
        int ltscAt = PROBE.indexOf("Insert($at, 'ltsc'");
        int sModeAt = PROBE.indexOf("Insert($at, 'sMode'");
        assertTrue(
                editionIdAt < ltscAt && ltscAt < sModeAt,
                "the later additions in the profile's field order");
        for (dev.dockwise.engine.facts.EditionVariant v :
                dev.dockwise.TestEngine.ADVISOR.knowledge().editionIds()) {
            for (String id : v.ids()) {
                String mapped = editionTable().get(id.toLowerCase(Locale.ROOT));
                if (mapped != null) {
                    assertEquals(
                            v.edition() == null ? "other" : v.edition().id(),
                            mapped,
                            id + ": the probe and the knowledge agree on its edition");
                }
            }
        }
    }

    @Test
    void theTableCoversEveryEditionTheProductKnowsExceptOther() {
        Set<String> mappedTo = editionTable().values().stream().collect(Collectors.toSet());
        List<String> unreached =
                SPEC_EDITIONS.stream()
                        .filter(e -> !e.equals("other") && !mappedTo.contains(e))
                        .sorted()
                        .toList();
        assertEquals(List.of(), unreached);
        assertEquals(
                SPEC_EDITIONS,
                Arrays.stream(dev.dockwise.engine.model.Edition.values())
                        .map(e -> e.id())
                        .collect(Collectors.toSet()),
                "the SPEC's editions are the engine's");
    }

    @Test
    void windows8PropertiesAreReadSoThatWindows7GetsUnknownNotAnError() {
        // under Set-StrictMode a missing property throws: HypervisorPresent and the processor's
        // flags came with Windows 8
        Matcher direct =
                Pattern.compile(
                                "\\$(computer|cpu)\\.(HypervisorPresent|VirtualizationFirmwareEnabled|VMMonitorModeExtensions"
                                    + "|SecondLevelAddressTranslationExtensions)")
                        .matcher(PROBE);
        assertFalse(direct.find(), () -> "read directly: " + direct.group());
        assertTrue(
                PROBE.contains(
                        "Get-DockwiseProperty -InputObject $computer -Name 'HypervisorPresent'"));
    }

    @Test
    void nestedVirtualizationIsClaimedOnlyOnEvidence() {
        assertFalse(
                PROBE.contains("'vmcompute'"), "vmcompute runs with the Containers feature alone");
        assertFalse(
                PROBE.contains("$nested = $false") || PROBE.contains("$nested = [bool]"),
                "never 'not exposed' from hidden flags");
        assertTrue(
                PROBE.contains(
                        "if ($firmwareFlag -eq $true -or $vmxFlag -eq $true) {\n"
                                + "        $nested = $true"));
    }

    @Test
    void theProbeSurvivesPowerShell7AndFindsWslVirtualBoxAndMoreVms() {
        int appx = PROBE.indexOf("Get-AppxPackage");
        assertTrue(
                PROBE.lastIndexOf("try {", appx) > PROBE.lastIndexOf("}", appx) - 2
                        && PROBE.substring(appx, appx + 120).contains("-ErrorAction Stop"),
                "the Appx module's failure under PowerShell 7 is caught");
        assertTrue(
                PROBE.contains("@('--status')") && PROBE.contains("@('--version')"),
                "WSL found by asking wsl.exe");
        assertTrue(
                PROBE.contains("'Oracle VM VirtualBox*'") && PROBE.contains("'Oracle VirtualBox*'"),
                "VirtualBox 5 and 6, and 7");
        for (String vm : List.of("Parallels*", "Nutanix*", "OpenStack*")) {
            assertTrue(PROBE.contains("$manufacturer -like '" + vm + "'"), vm);
        }
        assertTrue(
                PROBE.contains("Get-DockwiseProperty -InputObject $cpu -Name 'Architecture'"),
                "the processor's architecture, not the emulated shell's");
    }

    @Test
    void everyWildcardSwitchStopsAtItsFirstMatch() {
        Matcher sw =
                Pattern.compile("(?s)switch -Wildcard \\([^)]*\\) \\{(.*?)\\n\\}").matcher(PROBE);
        int switches = 0;
        while (sw.find()) {
            switches++;
            for (String branch : sw.group(1).split("\\n")) {
                if (branch.contains("{ '") && !branch.contains("default")) {
                    assertTrue(branch.contains("; break }"), "falls through: " + branch.trim());
                }
            }
        }
        assertTrue(switches > 0);
    }
}
