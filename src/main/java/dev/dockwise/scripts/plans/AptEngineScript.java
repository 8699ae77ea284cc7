package dev.dockwise.scripts.plans;

import dev.dockwise.engine.facts.InstallFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * The POSIX shell script that installs Docker Engine from Docker's apt repository, run as root
 * inside a WSL 2 distribution or a Linux VM. Fixed text: the repository follows the distribution
 * actually found (/etc/os-release), any other is refused with exit code 3, and proxies arrive as
 * environment variables ({@code DOCKWISE_HTTP_PROXY}...), never as script text.
 *
 * <p>{@code DOCKWISE_ROOT} prefixes every file it reads or writes: empty on a real host, a folder
 * of a test's making in the tests that run this script against stand-in commands.
 */
final class AptEngineScript {
    /** Where the script runs. */
    enum Target {
        /**
         * A WSL 2 distribution, installed without launching it: its user is made later, at first
         * launch.
         */
        WSL,
        /** A Linux VM where the script runs with sudo. */
        VM
    }

    /** Exit code for a distribution Docker's apt repository does not serve. */
    static final int UNSUPPORTED_DISTRO = 3;

    private AptEngineScript() {}

    static List<String> lines(InstallFacts.DockerEngineApt apt, Target target) {
        List<String> b = new ArrayList<>();
        b.add("set -eu");
        b.add("root=\"${DOCKWISE_ROOT:-}\"");
        b.add(". \"$root/etc/os-release\"");
        b.add(
                "# Docker's repository per distribution: Ubuntu names its release in"
                        + " UBUNTU_CODENAME, Debian in VERSION_CODENAME");
        b.add("case \"${ID:-}\" in");
        for (String distro : apt.distros()) {
            b.add(
                    "  "
                            + distro
                            + ") codename=\""
                            + (distro.equals("ubuntu")
                                    ? "${UBUNTU_CODENAME:-${VERSION_CODENAME:-}}"
                                    : "${VERSION_CODENAME:-}")
                            + "\" ;;");
        }
        b.add(
                "  *) echo \"Docker's apt repository serves "
                        + String.join(
                                " and ",
                                apt.distros().stream().map(AptEngineScript::title).toList())
                        + "; this is ${PRETTY_NAME:-${ID:-an unknown distribution}}. Use "
                        + title(apt.distros().get(0))
                        + " (dockwise script --distro "
                        + title(apt.distros().get(0))
                        + "), or follow Docker's install guide for this distribution.\" >&2");
        b.add("     exit " + UNSUPPORTED_DISTRO + " ;;");
        b.add("esac");
        b.add("if [ -z \"$codename\" ]; then");
        b.add(
                "  echo \"${PRETTY_NAME:-This distribution} does not name its release"
                    + " (VERSION_CODENAME in /etc/os-release), which Docker's repository needs.\""
                    + " >&2");
        b.add("  exit " + UNSUPPORTED_DISTRO);
        b.add("fi");
        b.add("repo=\"" + apt.repository().replace("{distro}", "$ID") + "\"");
        b.add("keyring=\"$root" + apt.keyring() + "\"");
        b.add(
                "# The proxy may carry a password: its files are made readable by root alone (umask"
                        + " 077) before anything is written");
        b.add("aptproxy=\"$root/etc/apt/apt.conf.d/90dockwise-proxy\"");
        b.add("if [ -n \"${DOCKWISE_HTTP_PROXY:-}${DOCKWISE_HTTPS_PROXY:-}\" ]; then");
        b.add("  (umask 077 && : > \"$aptproxy\")");
        b.add("  chmod 600 \"$aptproxy\"");
        b.add("fi");
        b.add("if [ -n \"${DOCKWISE_HTTP_PROXY:-}\" ]; then");
        b.add(
                "  printf 'Acquire::http::Proxy \"%s\";\\n"
                        + "' \"$DOCKWISE_HTTP_PROXY\" >> \"$aptproxy\"");
        b.add("  export http_proxy=\"$DOCKWISE_HTTP_PROXY\"");
        b.add("fi");
        b.add("if [ -n \"${DOCKWISE_HTTPS_PROXY:-}\" ]; then");
        b.add(
                "  printf 'Acquire::https::Proxy \"%s\";\\n"
                        + "' \"$DOCKWISE_HTTPS_PROXY\" >> \"$aptproxy\"");
        b.add("  export https_proxy=\"$DOCKWISE_HTTPS_PROXY\"");
        b.add("fi");
        if (target == Target.WSL) {
            b.add("if ! grep -q '^systemd=true' \"$root/etc/wsl.conf\" 2>/dev/null; then");
            b.add("  printf '[boot]\\nsystemd=true\\n' >> \"$root/etc/wsl.conf\"");
            b.add("fi");
        }
        b.add("apt-get update");
        b.add("apt-get remove -y " + String.join(" ", apt.removePackages()) + " || true");
        b.add("apt-get install -y ca-certificates curl");
        b.add("install -m 0755 -d \"$(dirname \"$keyring\")\"");
        b.add("curl -fsSL \"" + apt.keyUrl().replace("{distro}", "$ID") + "\" -o \"$keyring\"");
        b.add("chmod a+r \"$keyring\"");
        b.add(
                "echo \"deb [arch=$(dpkg --print-architecture) signed-by="
                        + apt.keyring()
                        + "] $repo $codename stable\" >"
                        + " \"$root/etc/apt/sources.list.d/docker.list\"");
        b.add("apt-get update");
        b.add("apt-get install -y " + String.join(" ", apt.packages()));
        b.add(
                "# The engine's proxy in daemon.json \"proxies\" (Docker Engine 23 and later),"
                        + " readable by root alone: not a systemd Environment=");
        b.add(
                "# line, where a % in a password is a specifier and systemctl show prints it to"
                        + " every user");
        b.add("daemonjson=\"$root/etc/docker/daemon.json\"");
        b.add("if [ -n \"${DOCKWISE_HTTP_PROXY:-}${DOCKWISE_HTTPS_PROXY:-}\" ]; then");
        b.add("  if [ -s \"$daemonjson\" ] && ! grep -q '\"proxies\"' \"$daemonjson\"; then");
        b.add(
                "    echo \"$daemonjson exists: add the proxy to it yourself, as \\\"proxies\\\":"
                        + " {\\\"http-proxy\\\": ..., \\\"https-proxy\\\": ..., \\\"no-proxy\\\":"
                        + " ...}.\" >&2");
        b.add("  elif [ ! -s \"$daemonjson\" ]; then");
        b.add("    mkdir -p \"$(dirname \"$daemonjson\")\"");
        b.add(
                "    (umask 077 && printf '{\\n"
                        + "  \"proxies\": {\\n"
                        + "    \"http-proxy\": \"%s\",\\n"
                        + "    \"https-proxy\": \"%s\",\\n"
                        + "    \"no-proxy\": \"%s\"\\n"
                        + "  }\\n"
                        + "}\\n"
                        + "' \"${DOCKWISE_HTTP_PROXY:-}\""
                        + " \"${DOCKWISE_HTTPS_PROXY:-${DOCKWISE_HTTP_PROXY:-}}\""
                        + " \"${DOCKWISE_NO_PROXY:-}\" > \"$daemonjson\")");
        b.add("    chmod 600 \"$daemonjson\"");
        b.add("  fi");
        b.add("fi");
        if (target == Target.WSL) {
            b.add(
                    "# The distribution was installed without its first launch, which makes its"
                            + " user (with adduser): users made from now on");
            b.add(
                    "# join the docker group, keeping any groups adduser.conf already adds; users"
                            + " made before join it now.");
            b.add(
                    "if [ -f \"$root/etc/adduser.conf\" ] && ! grep -Eq '^EXTRA_GROUPS=.*(\"|"
                            + " )?docker(\"| |$)' \"$root/etc/adduser.conf\"; then");
            b.add(
                    "  extra=$(sed -n 's/^EXTRA_GROUPS=\"\\{0,1\\}\\([^\"]*\\)\"\\{0,1\\}$/\\1/p'"
                            + " \"$root/etc/adduser.conf\" | tail -n 1)");
            b.add(
                    "  printf '\\n"
                        + "# Added by Dockwise: users made at first launch join the docker group\\n"
                        + "ADD_EXTRA_GROUPS=1\\n"
                        + "EXTRA_GROUPS=\"%s\"\\n"
                        + "' \"${extra:+$extra }docker\" >> \"$root/etc/adduser.conf\"");
            b.add("fi");
            b.add(
                    "getent passwd | awk -F: '$3 >= 1000 && $3 < 60000 { print $1 }' | while read"
                            + " -r user; do usermod -aG docker \"$user\"; done");
        } else {
            b.add("if [ -n \"${SUDO_USER:-}\" ] && [ \"$SUDO_USER\" != root ]; then");
            b.add("  usermod -aG docker \"$SUDO_USER\"");
            b.add("  echo \"$SUDO_USER is in the docker group from the next login.\"");
            b.add("fi");
        }
        b.add("echo \"Docker Engine is installed from $repo ($codename).\"");
        return b;
    }

    private static String title(String distro) {
        return distro.isEmpty()
                ? distro
                : Character.toUpperCase(distro.charAt(0)) + distro.substring(1);
    }
}
