package dev.dockwise.engine.model;

/** The parent hypervisor of a virtual host (host.hypervisor). */
public enum HypervisorKind implements Identified {
    HYPERV("hyperv"),
    VMWARE("vmware"),
    VIRTUALBOX("virtualbox"),
    KVM("kvm"),
    XEN("xen"),
    PARALLELS("parallels"),
    OTHER("other");

    private final String id;

    HypervisorKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
