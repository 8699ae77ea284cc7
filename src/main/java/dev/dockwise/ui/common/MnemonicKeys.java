package dev.dockwise.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.Mnemonic;
import javafx.stage.Window;

/**
 * Alt+letter reaches the one shown control that answers to it, whatever else the window once held.
 *
 * <p>JavaFX keeps a window's mnemonics in one list per key, and its keys tell "l" from "L" (a label
 * "Fo_lder" and a check box "_Linux" register under two keys that both match Alt+L). A list stays
 * in the map after its last control left the window, and on Alt+L JavaFX acts on the first matching
 * list only, in hash order: when that is an emptied one (or one of hidden controls) Alt+L did
 * nothing at all, on some starts and not others (KeyboardTest caught it on a loaded machine). Where
 * more than one list matches, this filter, which runs before the scene's, acts as JavaFX does on
 * one list: one shown and enabled control is focused and fired; several take turns at the focus.
 */
public final class MnemonicKeys {
    private MnemonicKeys() {}

    /**
     * Once per window: a second filter would act on the same key press again (filters of one window
     * all see an event, consumed or not), and a check box ticked twice stays as it was.
     */
    public static void install(Window window) {
        if (window.getProperties().putIfAbsent(MnemonicKeys.class, Boolean.TRUE) != null) {
            return;
        }
        window.addEventFilter(
                KeyEvent.KEY_PRESSED,
                e -> {
                    Scene scene = window.getScene();
                    if (!e.isConsumed()
                            && scene != null
                            && e.isAltDown()
                            && !e.isControlDown()
                            && !e.isMetaDown()
                            && act(scene, e)) {
                        e.consume();
                    }
                });
    }

    /**
     * Whether this key press was handled here: only where more than one list of the scene matches
     * it.
     */
    static boolean act(Scene scene, KeyEvent press) {
        List<ObservableList<Mnemonic>> lists = new ArrayList<>();
        for (Map.Entry<KeyCombination, ObservableList<Mnemonic>> entry :
                List.copyOf(scene.getMnemonics().entrySet())) {
            if (entry.getKey().match(press)) {
                lists.add(entry.getValue());
            }
        }
        if (lists.size() < 2) {
            return false;
        }
        List<Mnemonic> shown = new ArrayList<>();
        for (ObservableList<Mnemonic> list : lists) {
            for (Mnemonic m : List.copyOf(list)) {
                if (shown(m.getNode(), scene)
                        && shown.stream().noneMatch(s -> s.getNode() == m.getNode())) {
                    shown.add(m);
                }
            }
        }
        if (shown.isEmpty()) {
            return false;
        }
        if (shown.size() == 1) {
            Node target = shown.get(0).getNode();
            if (target.isFocusTraversable()) {
                target.requestFocus();
            }
            shown.get(0).fire();
            return true;
        }
        int focused = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).getNode().isFocused()) {
                focused = i;
            }
        }
        shown.get((focused + 1) % shown.size()).getNode().requestFocus();
        return true;
    }

    private static boolean shown(Node node, Scene scene) {
        if (node.getScene() != scene || node.isDisabled()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
