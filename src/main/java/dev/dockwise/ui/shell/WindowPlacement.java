package dev.dockwise.ui.shell;

import dev.dockwise.ui.settings.AppSettings;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window opens and how small it may get: the size the user left it (1280 x 800 at first),
 * but never larger than the screen's usable area, and where it was when that spot is still on a
 * screen. An 800 x 600 screen (or 1366 x 768 at 150 %) used to get a 1280 x 800 window that could
 * not be made smaller than 980 x 640, with Back and Next off the screen.
 */
public final class WindowPlacement {
    /** The smallest window: the step list (as numbers), a page and Back/Next still fit. */
    public static final double MIN_WIDTH = 560;

    public static final double MIN_HEIGHT = 420;

    private WindowPlacement() {}

    /**
     * The window's bounds for these settings on screens with these usable areas (the primary
     * first).
     */
    public static Rectangle2D of(AppSettings settings, List<Rectangle2D> screens) {
        Rectangle2D primary = screens.get(0);
        double x = settings.windowX();
        double y = settings.windowY();
        Rectangle2D home =
                Double.isNaN(x)
                        ? primary
                        : screens.stream()
                                .filter(s -> s.contains(x + 40, y + 20))
                                .findFirst()
                                .orElse(primary);
        double width =
                Math.max(
                        Math.min(MIN_WIDTH, home.getWidth()),
                        Math.min(settings.windowWidth(), home.getWidth()));
        double height =
                Math.max(
                        Math.min(MIN_HEIGHT, home.getHeight()),
                        Math.min(settings.windowHeight(), home.getHeight()));
        boolean remembered = !Double.isNaN(x) && home.contains(x + 40, y + 20);
        double left =
                remembered
                        ? Math.min(Math.max(x, home.getMinX()), home.getMaxX() - width)
                        : home.getMinX() + (home.getWidth() - width) / 2;
        double top =
                remembered
                        ? Math.min(Math.max(y, home.getMinY()), home.getMaxY() - height)
                        : home.getMinY() + (home.getHeight() - height) / 2;
        return new Rectangle2D(left, top, width, height);
    }

    /** The usable areas of the screens now attached, the primary first. */
    public static List<Rectangle2D> screens() {
        Screen primary = Screen.getPrimary();
        java.util.ArrayList<Rectangle2D> areas = new java.util.ArrayList<>();
        areas.add(primary.getVisualBounds());
        Screen.getScreens().stream()
                .filter(s -> !s.equals(primary))
                .forEach(s -> areas.add(s.getVisualBounds()));
        return areas;
    }

    /**
     * Places the stage for these settings on the screens attached now, with the app's minimum size.
     */
    public static void apply(Stage stage, AppSettings settings) {
        Rectangle2D bounds = of(settings, screens());
        stage.setMinWidth(Math.min(MIN_WIDTH, bounds.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, bounds.getHeight()));
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(settings.maximized());
    }
}
