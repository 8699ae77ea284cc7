package dev.dockwise.engine.model;

import java.util.Objects;

/** One assessment (dockwise.profile/v1): a host and what must run on it. */
public record Profile(String name, Host host, Needs needs) {
    public static final String SCHEMA = "dockwise.profile/v1";

    public Profile {
        host = Objects.requireNonNullElseGet(host, Host::unknown);
        needs = Objects.requireNonNullElseGet(needs, Needs::unknown);
    }
}
