package dev.dockwise.engine.facts;

import java.time.LocalDate;

/** When the knowledge base was compiled, shown wherever a recommendation is shown. */
public record KnowledgeMeta(LocalDate asOf, String title, String compiledFrom, String source) {
    /**
     * Docker Desktop ships monthly and Windows builds move twice a year: older facts are worth a
     * warning.
     */
    public static final int FRESH_MONTHS = 6;

    /** Whether, on that day, the facts are older than {@link #FRESH_MONTHS} months. */
    public boolean staleOn(LocalDate today) {
        return staleOn(asOf, today);
    }

    public static boolean staleOn(LocalDate asOf, LocalDate today) {
        return asOf.plusMonths(FRESH_MONTHS).isBefore(today);
    }

    /** What to tell the user when the facts are stale. */
    public String staleWarning() {
        return staleWarning(asOf);
    }

    public static String staleWarning(LocalDate asOf) {
        return "Dockwise's knowledge is from "
                + asOf
                + ", more than "
                + FRESH_MONTHS
                + " months ago: Docker and Windows versions, builds and terms may have changed"
                + " since. Look for a newer Dockwise before relying on them.";
    }
}
