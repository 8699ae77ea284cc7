package dev.dockwise.scripts.plans;

import static dev.dockwise.scripts.powershell.PowerShell.quote;

import dev.dockwise.engine.facts.Images.BaseImage;
import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.matrix.CompatibilityMatrix;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.WindowsImage;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.scripts.powershell.ScriptText;
import java.util.Optional;

/** The Windows base image that matches the host, to pre-pull or to suggest. */
final class ImageSteps {
    private ImageSteps() {}

    /**
     * The user's image, or the needed base image at the newest version the host runs with the
     * mode's isolation.
     */
    static Optional<String> imageFor(ScriptContext c) {
        if (ScriptOptions.present(c.options().pullImage())) {
            return Optional.of(c.options().pullImage());
        }
        if (!c.needsWindows() || c.profile().host().build() == null) {
            return Optional.empty();
        }
        IsolationKind isolation =
                c.mode() == Mode.WINDOWS_PROCESS ? IsolationKind.PROCESS : IsolationKind.HYPERV;
        CompatibilityMatrix matrix = new CompatibilityMatrix(c.knowledge());
        int build = c.profile().host().build();
        ImageVersion version =
                c.windowsImageVersion()
                        .filter(
                                v ->
                                        matrix.cell(c.host().kind(), build, v, isolation)
                                                .support()
                                                .works())
                        .orElseGet(
                                () -> {
                                    ImageVersion best = null;
                                    for (ImageVersion v : ImageVersion.values()) {
                                        if (matrix.cell(c.host().kind(), build, v, isolation)
                                                .support()
                                                .works()) {
                                            best = v;
                                        }
                                    }
                                    return best;
                                });
        if (version == null) {
            return Optional.empty();
        }
        BaseImage image =
                c.knowledge().images().baseImage(c.windowsImage().orElse(WindowsImage.SERVERCORE));
        return image.tag(version).map(tag -> image.repository() + ":" + tag);
    }

    /**
     * Pulls the image now (the engine runs already and answers: the daemon step waited for it, as
     * on Windows Server).
     */
    static InstallPlan.Step pull(ScriptContext c, String image, String docker) {
        return new InstallPlan.Step(
                "Pull " + image,
                s -> {
                    s.open("if ($PSCmdlet.ShouldProcess(" + quote(image) + ", 'docker pull')) {");
                    s.line(
                            "Invoke-DockwiseNative -FilePath "
                                    + docker
                                    + " -ArgumentList @('pull', "
                                    + quote(image)
                                    + ")");
                    s.close();
                });
    }

    /** Prints the pull command (the engine starts later, as with Docker Desktop). */
    static void suggestPull(ScriptText s, ScriptContext c) {
        imageFor(c)
                .ifPresent(
                        image ->
                                s.line(
                                        "Write-Output "
                                                + quote(
                                                        "The base image that matches this host:"
                                                                + " docker pull "
                                                                + image)));
    }
}
