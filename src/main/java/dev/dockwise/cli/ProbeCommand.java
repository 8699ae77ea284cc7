package dev.dockwise.cli;

import dev.dockwise.files.ShownName;
import dev.dockwise.scripts.probe.ProbeScript;
import dev.dockwise.scripts.probe.VerifyScript;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dockwise probe}: the read-only PowerShell probe that writes a host's profile. */
@Command(
        name = "probe",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Write the PowerShell probe: run it on a Windows host (no elevation needed) and it"
                    + " writes HOSTNAME.dockwise.json,",
            "a v1 profile to import in the wizard or pass to dockwise recommend."
        })
public final class ProbeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin OutputFile output;

    @Option(
            names = "--verify",
            description = {
                "Write the check of a setup instead: run it after an install script (no elevation)"
                        + " with -Mode ID;",
                "it asks the engine, runs a test container, asks WSL and reads the newest"
                        + " transcript in %%ProgramData%%\\Dockwise\\logs."
            })
    boolean verify;

    @Override
    public Integer call() {
        String text = verify ? VerifyScript.text() : ProbeScript.text();
        if (output.toStandardOutput()) {
            spec.commandLine().getOut().print(text);
        } else {
            output.write(verify ? VerifyScript.bytes() : ProbeScript.bytes());
            spec.commandLine()
                    .getErr()
                    .println(
                            "Wrote "
                                    + ShownName.of(output.file())
                                    + ". On the Windows host run: powershell -ExecutionPolicy"
                                    + " Bypass -File "
                                    + ShownName.of(output.file().getFileName())
                                    + (verify
                                            ? " -Mode <the mode the install script set up>"
                                            : ""));
        }
        return ExitCodes.OK;
    }
}
