package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.Identified;

/** Verdict of one compatibility matrix cell (SPEC section 3). */
public enum Support implements Identified {
    SUPPORTED("supported"),
    SUPPORTED_WITH_CAVEATS("supported-with-caveats"),
    UNSUPPORTED("unsupported");

    private final String id;

    Support(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public boolean works() {
        return this != UNSUPPORTED;
    }
}
