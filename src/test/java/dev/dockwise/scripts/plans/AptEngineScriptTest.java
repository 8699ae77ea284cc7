package dev.dockwise.scripts.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestProfile;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.scripts.HostKindScriptsTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Linux side of Docker Engine in WSL 2 and in a Linux VM, taken out of the generated PowerShell
 * and run for real by sh against a folder standing for the distribution, with apt-get, curl, dpkg,
 * getent and usermod as stand-ins that record what they are asked.
 */
public class AptEngineScriptTest {
    @TempDir Path dir;
    private Path root;
    private Path bin;
    private Path calls;

    /**
     * The shell script a generated PowerShell script carries in its here-string {@code $name
     * = @'...'@}.
     */
    public static String embedded(String powershell, String name) {
        String text = powershell.replace("\r\n", "\n");
        int start = text.indexOf("$" + name + " = @'\n");
        assertTrue(start >= 0, "no $" + name + " here-string");
        start = text.indexOf('\n', start) + 1;
        return text.substring(start, text.indexOf("\n'@", start)) + "\n";
    }

    static String wslScript() throws Exception {
        return embedded(
                HostKindScriptsTest.script(TestProfile.baseline(), Mode.WSL2_ENGINE),
                "engineScript");
    }

    static String vmScript() throws Exception {
        return embedded(
                HostKindScriptsTest.script(
                        TestProfile.baseline().edition(Edition.PRO), Mode.LINUX_VM),
                "vmScript");
    }

    @BeforeEach
    void distribution() throws Exception {
        root = Files.createDirectories(dir.resolve("root"));
        for (String d : List.of("etc/apt/apt.conf.d", "etc/apt/sources.list.d")) {
            Files.createDirectories(root.resolve(d));
        }
        Files.writeString(
                root.resolve("etc/adduser.conf"),
                "# EXTRA_GROUPS=\"dialout cdrom floppy audio video plugdev users\"\n"
                        + "EXTRA_GROUPS=\"users\"\n");
        bin = Files.createDirectories(dir.resolve("bin"));
        calls = dir.resolve("calls.log");
        stub("apt-get", "echo \"apt-get $*\" >> " + calls);
        stub(
                "curl",
                "echo \"curl $*\" >> "
                        + calls
                        + "; while [ $# -gt 0 ]; do if [ \"$1\" = -o ]; then echo key > \"$2\"; fi;"
                        + " shift; done");
        stub("dpkg", "echo amd64");
        stub(
                "getent",
                "printf 'root:x:0:0::/root:/bin/sh\\n"
                        + "dev:x:1000:1000::/home/dev:/bin/bash\\n"
                        + "nobody:x:65534:65534::/:/bin/false\\n"
                        + "'");
        stub("usermod", "echo \"usermod $*\" >> " + calls);
    }

    private void stub(String name, String body) throws Exception {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void osRelease(String text) throws Exception {
        Files.writeString(root.resolve("etc/os-release"), text);
    }

    private record Ran(int code, String out) {}

    private Ran run(String script, String... env) throws Exception {
        Path file = dir.resolve("engine.sh");
        Files.writeString(file, script);
        ProcessBuilder pb = new ProcessBuilder("sh", file.toString()).redirectErrorStream(true);
        pb.environment().put("DOCKWISE_ROOT", root.toString());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        for (int i = 0; i < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Ran(p.exitValue(), out);
    }

    @Test
    void bothScriptsAreWholeAndParse() throws Exception {
        for (String script : List.of(wslScript(), vmScript())) {
            for (String shell : List.of("sh", "bash")) {
                Path file = Files.writeString(dir.resolve("check.sh"), script);
                Process p =
                        new ProcessBuilder(shell, "-n", file.toString())
                                .redirectErrorStream(true)
                                .start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, p.waitFor(), shell + " -n: " + out);
            }
            long ifs = script.lines().filter(l -> l.trim().startsWith("if ")).count();
            long fis = script.lines().filter(l -> l.trim().equals("fi")).count();
            assertEquals(ifs, fis, "every if has its fi");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "ID=ubuntu|VERSION_CODENAME=noble|UBUNTU_CODENAME=noble,"
                + " https://download.docker.com/linux/ubuntu noble stable",
        "ID=debian|VERSION_CODENAME=bookworm, https://download.docker.com/linux/debian bookworm"
                + " stable",
        "ID=linuxmint|ID_LIKE=\"ubuntu debian\"|VERSION_CODENAME=wilma|UBUNTU_CODENAME=noble, ",
        "ID=fedora|VERSION_ID=40, ",
    })
    void theRepositoryIsTheDistributionsOwnAndOthersAreRefused(String release, String expected)
            throws Exception {
        osRelease(release.replace('|', '\n') + "\nPRETTY_NAME=\"Some Linux\"\n");
        Ran ran = run(wslScript());
        if (expected == null) {
            assertEquals(AptEngineScript.UNSUPPORTED_DISTRO, ran.code(), ran.out());
            assertTrue(
                    ran.out()
                            .contains(
                                    "Docker's apt repository serves Ubuntu and Debian; this is Some"
                                            + " Linux"),
                    ran.out());
            assertFalse(Files.exists(calls), "nothing was installed");
            return;
        }
        assertEquals(0, ran.code(), ran.out());
        String list = Files.readString(root.resolve("etc/apt/sources.list.d/docker.list"));
        assertTrue(list.contains("signed-by=/etc/apt/keyrings/docker.asc] " + expected), list);
        String distro = expected.split("/")[4].split(" ")[0];
        assertTrue(
                Files.readString(calls)
                        .contains(
                                "curl -fsSL https://download.docker.com/linux/"
                                        + distro
                                        + "/gpg -o "
                                        + root
                                        + "/etc/apt/keyrings/docker.asc"),
                Files.readString(calls));
    }

    @Test
    void inWslTheUserOfTheFirstLaunchJoinsTheDockerGroup() throws Exception {
        osRelease("ID=ubuntu\nVERSION_CODENAME=noble\nUBUNTU_CODENAME=noble\n");
        assertEquals(0, run(wslScript()).code());
        String conf = Files.readString(root.resolve("etc/adduser.conf"));
        assertTrue(conf.contains("ADD_EXTRA_GROUPS=1\nEXTRA_GROUPS=\"users docker\"\n"), conf);
        assertTrue(
                Files.readString(calls).contains("usermod -aG docker dev"),
                "an existing user joins now");
        assertFalse(Files.readString(calls).contains("usermod -aG docker nobody"));
        assertTrue(Files.readString(root.resolve("etc/wsl.conf")).contains("[boot]\nsystemd=true"));

        // run again (the Windows script is re-run after a restart): nothing is added twice
        assertEquals(0, run(wslScript()).code());
        assertEquals(conf, Files.readString(root.resolve("etc/adduser.conf")));
        assertEquals(
                1,
                Files.readString(root.resolve("etc/wsl.conf")).split("systemd=true", -1).length
                        - 1);
    }

    @Test
    void inAVmTheUserWhoRanSudoJoinsTheDockerGroupAndProxiesReachApt() throws Exception {
        osRelease("ID=debian\nVERSION_CODENAME=bookworm\n");
        Ran ran =
                run(
                        vmScript(),
                        "SUDO_USER",
                        "dev",
                        "DOCKWISE_HTTP_PROXY",
                        "http://proxy.example.com:8080");
        assertEquals(0, ran.code(), ran.out());
        assertTrue(Files.readString(calls).contains("usermod -aG docker dev"));
        assertFalse(Files.exists(root.resolve("etc/wsl.conf")), "no WSL settings in a VM");
        assertTrue(
                Files.readString(root.resolve("etc/apt/apt.conf.d/90dockwise-proxy"))
                        .contains("Acquire::http::Proxy \"http://proxy.example.com:8080\";"));
        assertTrue(
                Files.readString(root.resolve("etc/docker/daemon.json"))
                        .contains("\"http-proxy\": \"http://proxy.example.com:8080\""));
    }

    @Test
    void aProxyPasswordReachesAptAndTheEngineOnlyInFilesRootAloneReads() throws Exception {
        osRelease("ID=ubuntu\nVERSION_CODENAME=noble\nUBUNTU_CODENAME=noble\n");
        // as Get-DockwiseProxyUrl hands it over: the password percent-encoded (a % that systemd
        // would take for a specifier)
        String proxy = "http://CORP%5Cdev:p%25ss%40word@proxy.example.com:8080";
        for (String script : List.of(wslScript(), vmScript())) {
            Files.deleteIfExists(root.resolve("etc/docker/daemon.json"));
            Ran ran =
                    run(
                            script,
                            "SUDO_USER",
                            "dev",
                            "DOCKWISE_HTTP_PROXY",
                            proxy,
                            "DOCKWISE_NO_PROXY",
                            "localhost,*.corp.example.com");
            assertEquals(0, ran.code(), ran.out());
            Path apt = root.resolve("etc/apt/apt.conf.d/90dockwise-proxy");
            Path daemon = root.resolve("etc/docker/daemon.json");
            assertEquals(
                    "rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(apt)),
                    "apt's proxy file");
            assertEquals(
                    "rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(daemon)),
                    "daemon.json");
            assertTrue(Files.readString(apt).contains("Acquire::http::Proxy \"" + proxy + "\";"));
            String json = Files.readString(daemon);
            assertEquals(
                    proxy,
                    new com.fasterxml.jackson.databind.ObjectMapper()
                            .readTree(json)
                            .path("proxies")
                            .path("http-proxy")
                            .asText(),
                    json);
            assertFalse(
                    Files.exists(
                            root.resolve("etc/systemd/system/docker.service.d/http-proxy.conf")),
                    "no Environment= line with the password");
        }
    }
}
