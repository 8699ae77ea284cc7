package dev.dockwise.cli;

import dev.dockwise.scripts.options.ScriptOption;
import dev.dockwise.scripts.options.ScriptOptions;
import java.util.Arrays;
import java.util.ListResourceBundle;

/**
 * The help of {@code dockwise script}'s script options, taken from {@link ScriptOption} (which the
 * wizard's Export step shows too), so the two never say different things. picocli reads an option's
 * description from its command's resource bundle under the option's name without dashes.
 */
public final class ScriptOptionHelp extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return Arrays.stream(ScriptOption.values())
                .map(option -> new Object[] {option.flag().substring(2), help(option)})
                .toArray(Object[][]::new);
    }

    static String help(ScriptOption option) {
        return option == ScriptOption.ENGINE
                ? option.help() + " One of " + ScriptOptions.ServerEngine.choices() + "."
                : option.help();
    }
}
