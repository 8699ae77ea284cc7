package dev.dockwise.ui.common;

import javafx.scene.control.Label;

/**
 * A wrapping label that remembers its height for the last width: a long form re-measures every
 * wrapped label on each layout pass, which made every keystroke re-lay out dozens of paragraphs.
 */
public final class WrappedText extends Label {
    private double cachedWidth = Double.NaN;
    private double cachedHeight;
    private String cachedFor;

    public WrappedText(String text) {
        super(text);
        setWrapText(true);
        setMinHeight(USE_PREF_SIZE);
    }

    @Override
    protected double computePrefHeight(double width) {
        String key = getText() + "|" + getFont() + "|" + getGraphic();
        if (width != cachedWidth || !key.equals(cachedFor)) {
            cachedHeight = super.computePrefHeight(width);
            cachedWidth = width;
            cachedFor = key;
        }
        return cachedHeight;
    }
}
