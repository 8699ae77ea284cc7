package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.Identified;

/** Client editions whose versions leave servicing on the same day. */
public enum LifecycleGroup implements Identified {
    HOME_PRO("home-pro"),
    ENTERPRISE_EDUCATION("enterprise-education");

    private final String id;

    LifecycleGroup(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
