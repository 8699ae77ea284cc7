package dev.dockwise.scripts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwise.TestEngine;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Profile;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The install scripts on the kinds of hosts the recommendation offers them for, beyond a physical Windows 11 Pro. */
class HostKindScriptsTest {
    static String script(Consumer<ObjectNode> edit, Mode mode, ScriptOptions options) throws Exception {
        Profile profile = TestEngine.profile(edit);
        return ScriptCorpus.GENERATOR.install(profile, TestEngine.ADVISOR.evaluate(profile), mode, options).text().replace("\r\n", "\n");
    }

    static String script(Consumer<ObjectNode> edit, Mode mode) throws Exception {
        return script(edit, mode, ScriptOptions.defaults());
    }

    /** The VM branch of the virtualization check. */
    private static String vmBranch(String text) {
        int at = text.indexOf("if (Test-DockwiseVirtualMachine) {");
        assertTrue(at > 0, "the script checks whether it runs in a VM");
        return text.substring(at, text.indexOf("elseif ($hypervisorPresent -eq $true)", at));
    }

    @Test
    void inAVmWithoutNestedVirtualizationTheScriptStopsWithTheFix() throws Exception {
        String text = script(p -> {
            TestEngine.host(p).put("machine", "virtual").put("hypervisor", "hyperv").put("nestedVirtualization", false);
            TestEngine.cpu(p).putNull("virtualizationEnabled");
        }, Mode.WSL2_ENGINE);
        String vm = vmBranch(text);
        assertTrue(vm.contains("throw ") && vm.contains("Set-VMProcessor") && vm.contains("-SkipVirtualizationCheck"), vm);
        assertTrue(text.contains("[switch]$SkipVirtualizationCheck"));
        // a hypervisor is always present in a VM: it must not be taken for virtualization being on
        assertTrue(text.indexOf("if (Test-DockwiseVirtualMachine)") < text.indexOf("elseif ($hypervisorPresent -eq $true)"));
    }

    @Test
    void inAVmOfUnknownNestingTheScriptWarnsAndGoesOn() throws Exception {
        String vm = vmBranch(script(p -> TestEngine.host(p).put("machine", "virtual").put("hypervisor", "vmware"), Mode.DESKTOP_WSL2));
        assertTrue(vm.contains("Write-Warning 'Dockwise cannot see from inside this VM"), vm);
    }

    @Test
    void noScriptReadsAWindows8PropertyThatWindows7Lacks() throws Exception {
        Pattern direct = Pattern.compile("(\\$computer|\\$cpu|\\))\\.(HypervisorPresent|VirtualizationFirmwareEnabled|VMMonitorModeExtensions"
                + "|SecondLevelAddressTranslationExtensions)");
        for (ScriptCorpus.Item item : ScriptCorpus.all()) {
            Matcher m = direct.matcher(item.script().text());
            assertFalse(m.find(), () -> item.name() + " reads " + m.group() + " directly (an error under strict mode on Windows 7)");
        }
        String toolbox = script(p -> TestEngine.host(p).put("edition", "enterprise").put("build", 7601), Mode.TOOLBOX);
        assertTrue(toolbox.contains("Get-DockwiseProperty -InputObject (Get-CimInstance -ClassName Win32_ComputerSystem) -Name 'HypervisorPresent'"));
    }
}
