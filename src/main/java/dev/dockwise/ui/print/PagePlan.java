package dev.dockwise.ui.print;

/**
 * The printable areas of the report's two kinds of page, in points: portrait for text, landscape
 * for the wide comparison table and the matrix, as in the PDF.
 */
public record PagePlan(
        double portraitWidth,
        double portraitHeight,
        double landscapeWidth,
        double landscapeHeight) {
    /** A4 with 0.75-inch margins, for the preview when no printer can say what its paper is. */
    public static PagePlan a4() {
        double margins = 2 * 54;
        return new PagePlan(595 - margins, 842 - margins, 842 - margins, 595 - margins);
    }
}
