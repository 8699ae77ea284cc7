package dev.dockwise.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names typed by users become file names that every file system, Windows' included, takes as files.
 */
class FileNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "CON, _CON",
        "nul, _nul",
        "Com1, _Com1",
        "LPT9, _LPT9",
        "aux.backup, _aux.backup",
        "conin$, conin-",
        "CON-laptop, CON-laptop",
        "console, console",
        "pc 07 / lab, pc-07-lab",
        "trailing..., trailing",
        "..., host",
    })
    void deviceNamesGetAnUnderscoreAndTheRestStaysReadable(String typed, String safe) {
        assertEquals(safe, FileNames.safe(typed, "host"));
        assertFalse(FileNames.isDevice(FileNames.safe(typed, "host") + ".recommendation.json"));
    }

    @ParameterizedTest
    @CsvSource({"CON", "con.txt", "NUL.recommendation.json", "COM\u00b9", "lpt0.ps1", "CONOUT$"})
    void windowsDeviceNamesAreRecognisedWithAnyExtension(String name) {
        assertTrue(FileNames.isDevice(name));
    }
}
