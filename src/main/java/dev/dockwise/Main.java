package dev.dockwise;

import dev.dockwise.launch.Launch;

/**
 * The name the jar's manifest, the installers' launchers and the Linux start-up archive carry;
 * everything about the start is in {@link Launch}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Launch.main(args);
    }
}
