package dev.dockwise.engine.rules;

import dev.dockwise.engine.facts.ModeCatalog.ModeInfo;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.ModeAssessment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects what the checks find about one mode; {@link #result()} turns it into a verdict. */
public final class Assessment {
    private final ModeInfo info;
    private final Set<String> reasons = new LinkedHashSet<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final Set<String> blockers = new LinkedHashSet<>();
    private final Set<Fix> fixes = new LinkedHashSet<>();
    private final Set<ContainerType> covered = EnumSet.noneOf(ContainerType.class);
    private final Map<ContainerType, String> notCovered = new EnumMap<>(ContainerType.class);
    private int score;
    private boolean checkPending;

    public Assessment(ModeInfo info, int baseScore) {
        this.info = info;
        this.score = baseScore;
    }

    public ModeInfo info() {
        return info;
    }

    public Mode mode() {
        return info.id();
    }

    public void reason(String text) {
        reasons.add(text);
    }

    public void warn(String text) {
        warnings.add(text);
    }

    public void block(String text) {
        blockers.add(text);
    }

    public void fix(Fix fix) {
        fixes.add(fix);
    }

    /**
     * Something Dockwise can't tell decides whether the mode works here: the check that would tell
     * is offered as its fix, and the mode ranks lower, once, however many such checks it has.
     */
    public void needsCheck(Fix check, int penalty) {
        fixes.add(check);
        if (!checkPending) {
            checkPending = true;
            score -= penalty;
        }
    }

    public void adjust(int delta) {
        score += delta;
    }

    public boolean isBlocked() {
        return !blockers.isEmpty();
    }

    public boolean needsChanges() {
        return !fixes.isEmpty();
    }

    /** The mode runs this container type, meeting the user's needs for it. */
    public void covers(ContainerType type) {
        covered.add(type);
        notCovered.remove(type);
    }

    /** The mode can't run this container type for the user, and why. */
    public void cannotCover(ContainerType type, String why) {
        if (!covered.contains(type)) {
            notCovered.put(type, why); // a later check knows more than the mode's generic reason
        }
    }

    public Set<ContainerType> covered() {
        return EnumSet.copyOf(covered.isEmpty() ? EnumSet.noneOf(ContainerType.class) : covered);
    }

    public String whyNot(ContainerType type) {
        return notCovered.getOrDefault(
                type, info.name() + " doesn't run " + type.label() + " containers.");
    }

    /**
     * Copies another assessment's findings in, e.g. the Windows-container checks of a switching
     * Docker Desktop.
     */
    void absorb(Assessment other) {
        reasons.addAll(other.reasons);
        warnings.addAll(other.warnings);
        fixes.addAll(other.fixes);
        score += other.score;
    }

    List<String> blockers() {
        return new ArrayList<>(blockers);
    }

    public ModeAssessment result() {
        Status status =
                !blockers.isEmpty()
                        ? Status.BLOCKED
                        : !fixes.isEmpty() ? Status.NEEDS_CHANGES : Status.ELIGIBLE;
        int finalScore = status == Status.BLOCKED ? 0 : Math.max(1, Math.min(100, score));
        // A blocked mode's fixes would not make it work, so they are not offered.
        List<Fix> offered = status == Status.BLOCKED ? List.of() : new ArrayList<>(fixes);
        return new ModeAssessment(
                info.id(),
                status,
                finalScore,
                new ArrayList<>(reasons),
                new ArrayList<>(warnings),
                offered,
                new ArrayList<>(blockers));
    }
}
