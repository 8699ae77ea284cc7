package dev.dockwise.ui.steps;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/**
 * One form row: the label beside its control while there is room for both (the label right-aligned
 * in a column of its own), the label above the control on a narrow window, so that the form never
 * scrolls sideways nor cuts a field.
 */
final class FormRow extends Region {
    static final double LABEL_WIDTH = 190;
    static final double GAP = 16;

    /**
     * The least room a field gets beside its label; a choice that needs more (all its answers in
     * full) stacks first.
     */
    private static final double MIN_BODY = 240;

    /** Under the label when stacked. */
    private static final double STACKED_GAP = 4;

    private final Label caption;
    private final Region body;

    FormRow(Label caption, Region body) {
        this.caption = caption;
        this.body = body;
        caption.setWrapText(true);
        caption.setMinWidth(0);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.setPadding(new Insets(6, 0, 0, 0));
        getChildren().addAll(caption, body);
    }

    /** Side by side when the control keeps at least its minimum width beside the label column. */
    boolean stacked(double width) {
        return width - snappedLeftInset() - snappedRightInset() < LABEL_WIDTH + GAP + bodyMin();
    }

    private double bodyMin() {
        return Math.max(MIN_BODY, body.minWidth(-1));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + body.minWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + LABEL_WIDTH + GAP + body.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner =
                (width < 0 ? computePrefWidth(-1) : width)
                        - snappedLeftInset()
                        - snappedRightInset();
        double height =
                stacked(width < 0 ? computePrefWidth(-1) : width)
                        ? caption.prefHeight(inner) + STACKED_GAP + body.prefHeight(inner)
                        : Math.max(
                                caption.prefHeight(LABEL_WIDTH),
                                body.prefHeight(inner - LABEL_WIDTH - GAP));
        return snappedTopInset() + snappedBottomInset() + height;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        if (getWidth() <= 0) {
            return; // a hidden row (not managed, never sized): nothing to place
        }
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        if (stacked(getWidth())) {
            caption.setTextAlignment(TextAlignment.LEFT);
            caption.setAlignment(Pos.TOP_LEFT);
            double ch = caption.prefHeight(w);
            layoutInArea(caption, x, y, w, ch, 0, HPos.LEFT, VPos.TOP);
            double by = y + ch + STACKED_GAP;
            layoutInArea(body, x, by, w, body.prefHeight(w), 0, HPos.LEFT, VPos.TOP);
        } else {
            caption.setTextAlignment(TextAlignment.RIGHT);
            caption.setAlignment(Pos.TOP_RIGHT);
            layoutInArea(
                    caption,
                    x,
                    y,
                    LABEL_WIDTH,
                    caption.prefHeight(LABEL_WIDTH),
                    0,
                    HPos.RIGHT,
                    VPos.TOP);
            double bw = w - LABEL_WIDTH - GAP;
            layoutInArea(
                    body,
                    x + LABEL_WIDTH + GAP,
                    y,
                    bw,
                    body.prefHeight(bw),
                    0,
                    HPos.LEFT,
                    VPos.TOP);
        }
    }
}
