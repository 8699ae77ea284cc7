package dev.dockwise.ui.common;

/** Style class names used from code; app.css defines them. */
public final class StyleClasses {
    public static final String APP = "dockwise";
    public static final String CARD = "dw-card";
    public static final String SECTION_TITLE = "dw-section-title";
    public static final String STEP_TITLE = "dw-step-title";
    public static final String STEP_SUBTITLE = "dw-step-subtitle";
    public static final String HELP = "dw-help";
    public static final String FIELD_ERROR = "dw-field-error";
    public static final String STEP_LIST = "dw-step-list";
    public static final String STEP_ITEM = "dw-step-item";
    public static final String LIVE_PANEL = "dw-live-panel";
    public static final String BADGE = "dw-badge";
    public static final String MODE_CARD = "dw-mode-card";
    public static final String MODE_NAME = "dw-mode-name";
    public static final String COMMAND = "dw-command";
    public static final String NAV_BAR = "dw-nav-bar";
    public static final String MUTED = "dw-muted";
    public static final String COMPARISON = "dw-comparison";
    public static final String MATRIX = "dw-matrix";
    public static final String CELL = "dw-cell";
    public static final String HEADER = "dw-header";
    public static final String LEGEND = "dw-legend";
    public static final String FIX = "dw-fix";
    public static final String BULLETS = "dw-bullets";

    private StyleClasses() {}
}
