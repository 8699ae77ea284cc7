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

    /**
     * A Windows Server edition. The profile's rules and the wizard's questions ask this; the
     * advisor reads the host's kind from the knowledge (editions.json), which a test holds to the
     * same answer.
     */
    /**
     * Enterprise and IoT Enterprise also come as LTSC (Long-Term Servicing Channel); no other
     * edition does.
     */
    public boolean hasLtsc() {
        return this == ENTERPRISE || this == IOT_ENTERPRISE;
    }

    public boolean isServer() {
        return this == SERVER_STANDARD || this == SERVER_DATACENTER || this == SERVER_ESSENTIALS;
    }
}
