package dev.dockwise.files;

import java.io.IOException;

/** Why a file operation failed, in the user's words. */
public final class IoMessages {
    private IoMessages() {}

    public static String reason(IOException e) {
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
