package dev.dockwise.engine.model;

/** Windows edition of the host (profile field host.edition). */
public enum Edition implements Identified {
    HOME("home"),
    PRO("pro"),
    PRO_WORKSTATION("pro-workstation"),
    ENTERPRISE("enterprise"),
    EDUCATION("education"),
    IOT_ENTERPRISE("iot-enterprise"),
    SERVER_STANDARD("server-standard"),
    SERVER_DATACENTER("server-datacenter"),
    SERVER_ESSENTIALS("server-essentials"),
    OTHER("other");

    private final String id;

    Edition(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
