package dev.dockwise.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.material2.Material2AL;

/** A PowerShell command in a read-only monospace field with a Copy button. */
public final class CommandBox extends HBox {
    private final TextField text;

    public CommandBox(String command) {
        super(6);
        getStyleClass().add(StyleClasses.COMMAND);
        text = new TextField(command);
        text.setEditable(false);
        text.getStyleClass().add("dw-command-text");
        text.setAccessibleText("Command: " + command);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button copy = new Button("Copy", Icons.of(Material2AL.CONTENT_COPY));
        copy.setAccessibleText("Copy command");
        copy.setTooltip(new Tooltip("Copy the command to the clipboard"));
        copy.setOnAction(
                e -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(command);
                    Clipboard.getSystemClipboard().setContent(content);
                    copy.setText("Copied");
                });
        getChildren().addAll(text, copy);
    }

    public String command() {
        return text.getText();
    }
}
