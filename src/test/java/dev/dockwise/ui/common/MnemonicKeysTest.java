package dev.dockwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.scene.control.behavior.MnemonicInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.Mnemonic;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window whose list for Alt+U that JavaFX looks at first is an emptied one, as happens when a
 * control "_u..." (lower case) has left the window and its key comes before "_U..."'s in this run's
 * hash order: JavaFX alone then does nothing on Alt+U (the keyboard walk failed that way on a
 * loaded machine: Alt+L, Alt+S). Which key comes first changes from run to run (the keys' hash
 * codes include enum identity hashes), so the emptied key here is one that always comes first.
 */
@Tag("ui")
class MnemonicKeysTest extends ApplicationTest {
    private final VBox root = new VBox();
    private final List<CheckBox> boxes = new ArrayList<>();
    private Stage stage;

    /** JavaFX's own key for a label's "_u", kept in the first bucket of the scene's map. */
    private static final class FirstKey extends MnemonicInfo.MnemonicKeyCombination {
        FirstKey(String character) {
            super(character);
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    @Override
    public void start(Stage primary) {
        // a window of its own: TestFX hands every test the same primary stage, which other tests'
        // windows used
        stage = new Stage();
        Scene scene = new Scene(root, 600, 900);
        Mnemonic gone = new Mnemonic(new Label(), new FirstKey("u"));
        scene.addMnemonic(gone);
        scene.removeMnemonic(gone);
        for (char c = 'A'; c <= 'Z'; c++) {
            MnemonicCheckBox box = new MnemonicCheckBox("_" + c + "pper");
            boxes.add(box);
            root.getChildren().add(box);
        }
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void altAndALetterTicksTheOneShownBoxWhateverTheWindowOnceHeld() {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                0,
                firstListFor('U').size(),
                "the case this test is about: JavaFX's first list for Alt+U is an emptied one");
        CheckBox upper = boxes.get('U' - 'A');

        // as JavaFX alone does it: nothing happens
        push(KeyCode.ALT, KeyCode.U);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(
                upper.isSelected(),
                "JavaFX alone now ticks it: this filter may no longer be needed");

        interact(() -> MnemonicKeys.install(stage));
        push(KeyCode.ALT, KeyCode.U);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(upper.isSelected() && upper.isFocused(), "Alt+U ticks and focuses _Upper");
        // a window made twice on one stage asks twice; the second filter would untick the box
        interact(() -> MnemonicKeys.install(stage));
        interact(() -> upper.setSelected(false));
        push(KeyCode.ALT, KeyCode.U);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(upper.isSelected(), "installed twice, Alt+U still ticks _Upper once");
        // and every other letter (one list each, which JavaFX handles itself) ticks its box once
        for (char c = 'A'; c <= 'Z'; c++) {
            if (c != 'U') {
                push(KeyCode.ALT, KeyCode.getKeyCode(String.valueOf(c)));
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                boxes.stream().allMatch(CheckBox::isSelected),
                "Alt+A..Z tick every box once: "
                        + boxes.stream()
                                .filter(b -> !b.isSelected())
                                .map(CheckBox::getText)
                                .toList());
    }

    @org.junit.jupiter.api.AfterEach
    void closeTheWindow() {
        interact(() -> stage.hide());
    }

    /** The list JavaFX acts on for Alt+letter: the first whose key matches, in the map's order. */
    private List<Mnemonic> firstListFor(char letter) {
        List<Mnemonic> found = new ArrayList<>();
        interact(
                () -> {
                    KeyEvent press =
                            new KeyEvent(
                                    KeyEvent.KEY_PRESSED,
                                    "",
                                    String.valueOf(Character.toLowerCase(letter)),
                                    KeyCode.getKeyCode(String.valueOf(letter)),
                                    false,
                                    false,
                                    true,
                                    false);
                    for (Map.Entry<KeyCombination, ObservableList<Mnemonic>> e :
                            stage.getScene().getMnemonics().entrySet()) {
                        if (e.getKey().match(press)) {
                            found.addAll(e.getValue());
                            return;
                        }
                    }
                    found.add(null);
                });
        return found;
    }
}
