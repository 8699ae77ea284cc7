package dev.dockwise.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Names inside messages can't forge lines or reorder what a reader sees. */
class ShownNameTest {
    @Test
    void plainNamesAreShownAsTheyAre() {
        assertEquals(
                "C:\\Users\\Ana\\Desktop\\web-01.dockwise.json",
                ShownName.of("C:\\Users\\Ana\\Desktop\\web-01.dockwise.json"));
        assertEquals("сервер-01.json", ShownName.of(Path.of("сервер-01.json")));
        assertEquals("null", ShownName.of((Path) null));
    }

    @Test
    void lineBreaksEscapesAndBidiOverridesAreEscaped() {
        assertEquals("x\\x0Adockwise: done", ShownName.of("x\ndockwise: done"));
        assertEquals("\\x1B[31mred", ShownName.of("\u001b[31mred"));
        assertEquals("invoice\\u202Efdp.exe", ShownName.of("invoice\u202Efdp.exe"));
        assertEquals("tab\\x09name", ShownName.of("tab\tname"));
    }
}
