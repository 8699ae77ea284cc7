package dev.dockwise.ui.wizard;

import java.util.Optional;

/**
 * Why something the user asked for was not done, in the words a dialog shows: its title, the
 * reason, and the step where the answers to fix are, if that is what stands in the way.
 */
public record Refusal(String title, String reason, Optional<Step> fixOn) {
    public Refusal(String title, String reason) {
        this(title, reason, Optional.empty());
    }
}
