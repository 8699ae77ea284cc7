package dev.dockwise.engine.rules;

import dev.dockwise.engine.facts.Capability;
import dev.dockwise.engine.facts.EditionInfo;
import dev.dockwise.engine.facts.EditionVariant;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.FixTarget;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the edition decides when Dockwise can't be sure of it: an edition it can't name is never
 * taken for one it can (no Pro, no Datacenter), so a mode that depends on it needs checking, with
 * the check that would tell; and what a raw EditionID adds (evaluation, Semi-Annual Channel, S
 * mode).
 */
final class EditionChecks {
    /** How much less a mode is worth when it rests on an edition Dockwise can't vouch for. */
    static final int UNVERIFIED_EDITION_PENALTY = 15;

    static final String EDITION_QUERY =
            "(Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion').EditionID";

    private EditionChecks() {}

    /**
     * The capabilities a mode needs that this host's edition may or may not have: a check, never an
     * assumption.
     */
    static void needsChecking(
            HostFacts host, Collection<Capability> unsure, String what, Assessment a) {
        if (unsure.isEmpty()) {
            return;
        }
        EditionInfo edition = host.edition();
        String needs =
                unsure.stream()
                        .map(RequirementChecks::capabilityName)
                        .collect(Collectors.joining(" and "));
        StringBuilder action =
                new StringBuilder("Needs checking: ")
                        .append(edition.check())
                        .append(". ")
                        .append(what)
                        .append(" needs ")
                        .append(needs);
        if (host.editionUnknown()) {
            List<String> have = editionsOfThisKind(host, unsure, true);
            List<String> lack = editionsOfThisKind(host, unsure, false);
            action.append(": of the editions Dockwise knows, ")
                    .append(have.isEmpty() ? "none" : String.join(", ", have))
                    .append(have.size() == 1 ? " has it" : " have it");
            if (!lack.isEmpty()) {
                action.append(", ")
                        .append(String.join(", ", lack))
                        .append(lack.size() == 1 ? " doesn't" : " don't");
            }
        }
        action.append('.');
        a.needsCheck(
                new Fix(
                        action.toString(),
                        FixTarget.THIS_HOST,
                        host.editionUnknown() ? EDITION_QUERY : ""),
                UNVERIFIED_EDITION_PENALTY);
    }

    private static List<String> editionsOfThisKind(
            HostFacts host, Collection<Capability> needed, boolean having) {
        return host.knowledge().editions().stream()
                .filter(e -> e.kind() == host.kind())
                .filter(e -> needed.stream().allMatch(e::can) == having)
                .map(EditionInfo::name)
                .toList();
    }

    /**
     * An evaluation or Semi-Annual Channel Server says so: it is the edition it names, with a
     * condition.
     */
    static void variantNote(HostFacts host, Assessment a) {
        host.editionVariant()
                .filter(v -> v.edition() != null)
                .map(EditionVariant::note)
                .ifPresent(a::warn);
    }

    /**
     * In S mode only Microsoft Store apps run: no mode's installer does until the host leaves S
     * mode.
     */
    static void sMode(HostFacts host, String what, Assessment a) {
        if (host.sMode()) {
            a.fix(
                    Fix.of(
                            "Switch out of S mode (Settings > System > Activation > Switch to"
                                + " Windows, then Get on the Microsoft Store's \"Switch out of S"
                                + " mode\" page; free, and one way): in S mode only Microsoft Store"
                                + " apps run, and "
                                    + what
                                    + " installs software that isn't one.",
                            FixTarget.THIS_HOST));
        } else if (host.storeAppsOnly()) {
            a.fix(
                    Fix.of(
                            "Leave "
                                    + host.edition().name()
                                    + " by "
                                    + host.edition().upgrade()
                                    + ": "
                                    + what
                                    + " installs software that isn't a Microsoft Store app.",
                            FixTarget.THIS_HOST));
        }
    }
}
