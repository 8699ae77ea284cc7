package dev.dockwise.engine.model;

/** Processor architecture Windows runs on (host.arch). */
public enum Arch implements Identified {
    X64("x64"),
    ARM64("arm64"),
    X86("x86");

    private final String id;

    Arch(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
