package dev.dockwise.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.ui.settings.AppSettings;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowPlacementTest {
    /** Usable areas as the systems report them: a task bar or panel takes some of the height. */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"800, 560", "1024, 600", "911, 472", "1366, 728", "1920, 1040"})
    void theFirstWindowFitsTheScreenAndCanBeMadeSmallerStill(double width, double height) {
        Rectangle2D screen = new Rectangle2D(0, 0, width, height);
        Rectangle2D window = WindowPlacement.of(AppSettings.defaults(), List.of(screen));
        assertTrue(
                window.getWidth() <= width && window.getHeight() <= height,
                "window " + window + " on " + screen);
        assertTrue(
                window.getMinX() >= 0
                        && window.getMaxX() <= width
                        && window.getMinY() >= 0
                        && window.getMaxY() <= height);
        assertEquals(Math.min(1280, width), window.getWidth(), "as large as the default allows");
        assertTrue(
                WindowPlacement.MIN_WIDTH <= width && WindowPlacement.MIN_HEIGHT <= height,
                "the minimum fits too");
    }

    @Test
    void aRememberedPlaceOnAScreenStaysAndOneOffEveryScreenComesBack() {
        Rectangle2D left = new Rectangle2D(0, 0, 1920, 1040);
        Rectangle2D right = new Rectangle2D(1920, 0, 1280, 760);
        AppSettings onRight = AppSettings.defaults().withWindow(2000, 10, 1400, 900, false);
        Rectangle2D there = WindowPlacement.of(onRight, List.of(left, right));
        assertEquals(
                new Rectangle2D(1920, 0, 1280, 760),
                there,
                "on the screen it was on, fitted to it");
        AppSettings gone = AppSettings.defaults().withWindow(5000, 3000, 1000, 700, false);
        Rectangle2D back = WindowPlacement.of(gone, List.of(left));
        assertEquals(
                new Rectangle2D(460, 170, 1000, 700),
                back,
                "a screen that was unplugged: centred on the primary");
    }
}
