package dev.dockwise.ui.shell;

import dev.dockwise.ui.common.Resources;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app icon in every size the window managers pick from (crisp on HiDPI). */
final class AppIcons {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private AppIcons() {}

    /** Sets the icons once: a window that has them (the first frame set them) keeps them. */
    static void install(Stage stage) {
        if (!stage.getIcons().isEmpty()) {
            return;
        }
        for (int size : SIZES) {
            stage.getIcons()
                    .add(
                            new Image(
                                    Resources.external(
                                            "/dev/dockwise/ui/icons/dockwise-" + size + ".png")));
        }
    }
}
