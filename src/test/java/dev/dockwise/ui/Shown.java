package dev.dockwise.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * What a label shows of its text: the tests' one definition of a word or a choice "cut short"
 * ("Cave...", "Perso...").
 */
final class Shown {
    private Shown() {}

    /**
     * Every shown label under the node whose text is drawn shorter than it is, described for a
     * failure message.
     */
    static List<String> cutShort(Node root) {
        List<String> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && isCut(labeled)) {
            found.add(describe(labeled) + " is cut short: \"" + text(labeled) + "\"");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    static boolean isCut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return false;
        }
        String shown = text(labeled);
        String whole = labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        return shown != null && !shown.equals(whole);
    }

    /**
     * The label's own text as drawn, not a symbol drawn as text beside it (Ikonli's icons are Text
     * too).
     */
    static String text(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n.getStyleClass().contains("text"))
                .map(n -> ((Text) n).getText())
                .findFirst()
                .orElse(null);
    }

    static String describe(Node n) {
        String text =
                n instanceof Labeled l && l.getText() != null
                        ? " \"" + l.getText().replace("\n", " ") + "\""
                        : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : " #" + n.getId()) + text;
    }
}
