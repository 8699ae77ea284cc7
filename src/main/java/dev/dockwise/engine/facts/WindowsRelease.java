package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.ImageVersion;
import java.time.LocalDate;

/** One Windows release with its build number and servicing dates (null where not applicable). */
public record WindowsRelease(
        String id,
        String family,
        String name,
        String version,
        int build,
        LocalDate ga,
        LocalDate endHomePro,
        LocalDate endEnterprise,
        LocalDate mainstreamEnd,
        LocalDate extendedEnd,
        Integer latestUbr,
        LocalDate latestUbrDate,
        ImageVersion imageVersion,
        String source) {

    /**
     * The day servicing ends for the given lifecycle group (clients) or extended support ends
     * (servers).
     */
    public LocalDate servicingEnd(LifecycleGroup group) {
        if (extendedEnd != null || mainstreamEnd != null) {
            return extendedEnd != null ? extendedEnd : mainstreamEnd;
        }
        return group == LifecycleGroup.ENTERPRISE_EDUCATION ? endEnterprise : endHomePro;
    }
}
