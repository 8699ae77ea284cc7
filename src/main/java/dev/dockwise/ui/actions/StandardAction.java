package dev.dockwise.ui.actions;

import java.util.Optional;

/**
 * Everything the user can ask of the window from more than one place (menu, Start step, Export
 * step, shortcuts), named once with its menu text and shortcut. The command that does it is
 * registered in an {@link ActionRegistry}; menus and buttons are made by {@link ActionFactory}.
 */
public enum StandardAction {
    NEW_ASSESSMENT("_New assessment", "Shortcut+N", Before.WAITS),
    OPEN("_Open...", "Shortcut+O", Before.WAITS),
    IMPORT_PROBE("_Import probe results...", "Shortcut+I", Before.WAITS),
    ASSESS_THIS_COMPUTER("_Assess this computer", null, Before.WAITS),
    /**
     * After an install script ran on this computer: the read-only check of what it set up (Windows
     * only, as the one above).
     */
    CHECK_SETUP("_Check the setup...", null, Before.WAITS),
    SAVE("_Save", "Shortcut+S", Before.IGNORED),
    SAVE_AS("Save _As...", "Shortcut+Shift+S", Before.IGNORED),
    SAVE_PDF("Report as _PDF...", null, Before.IGNORED),
    SAVE_HTML("Report as _HTML...", null, Before.IGNORED),
    EXPORT_MARKDOWN("Recommendation as _Markdown...", null, Before.IGNORED),
    EXPORT_JSON("Recommendation as _JSON...", null, Before.IGNORED),
    EXPORT_CSV("Comparison as _CSV...", null, Before.IGNORED),
    /** Saves the install script the Export step shows. */
    SAVE_SCRIPT("_Save script...", null, Before.IGNORED),
    SAVE_PROBE("P_robe script...", null, Before.IGNORED),
    COPY_SUMMARY("Copy s_ummary", null, Before.IGNORED),
    PRINT("_Print...", "Shortcut+P", Before.IGNORED),
    TROUBLESHOOT("_Troubleshoot an error...", "Shortcut+T", Before.WAITS),
    PLAN_FLEET("Plan a _fleet...", "Shortcut+Shift+F", Before.WAITS),
    /**
     * The wizard's previous and next step, from the Go menu, the buttons under the step and the
     * keyboard.
     */
    BACK("_Back", "Alt+Left", Before.IGNORED),
    NEXT("_Next", "Alt+Right", Before.IGNORED),
    /** Straight to the Export step's script once the answers that decide the mode are given. */
    SKIP_TO_SCRIPT("Skip to the _script", "Shortcut+E", Before.IGNORED),
    /** After the last step: what was done in this session and what to do next. */
    FINISH("_Finish", null, Before.WAITS),
    QUIT("_Quit", "Shortcut+Q", Before.IGNORED);

    /**
     * What happens when the user asks before the main window is ready (the first frame shows the
     * Start step a moment earlier): the Start step's own requests wait and are done when it is; the
     * others have nothing to act on yet.
     */
    public enum Before {
        WAITS,
        IGNORED
    }

    private final String text;
    private final String accelerator;
    private final Before beforeReady;

    StandardAction(String text, String accelerator, Before beforeReady) {
        this.text = text;
        this.accelerator = accelerator;
        this.beforeReady = beforeReady;
    }

    /** The menu text, with its mnemonic marked by an underscore. */
    public String text() {
        return text;
    }

    /** In JavaFX's KeyCombination syntax, where "Shortcut" is Ctrl, or Cmd on macOS. */
    public Optional<String> accelerator() {
        return Optional.ofNullable(accelerator);
    }

    public Before beforeReady() {
        return beforeReady;
    }
}
