package dev.dockwise.ui.shell;

import java.io.IOException;

/** Why a file operation failed, in the user's words. */
final class IoMessages {
    private IoMessages() {
    }

    static String reason(IOException e) {
        String name = e.getClass().getSimpleName();
        if (name.equals("NoSuchFileException")) {
            return "the folder does not exist";
        }
        if (name.equals("AccessDeniedException")) {
            return "no permission to write there";
        }
        return e.getMessage() == null ? name : e.getMessage();
    }
}
