package dev.dockwise.engine.model;

/** Windows features already turned on; a null component is unknown. {@code wsl} is 0, 1 or 2. */
public record Features(
        Boolean hyperV, Boolean containers, Integer wsl, Boolean virtualMachinePlatform) {
    public static Features unknown() {
        return new Features(null, null, null, null);
    }
}
