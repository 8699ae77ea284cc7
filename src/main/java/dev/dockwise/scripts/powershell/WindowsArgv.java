package dev.dockwise.scripts.powershell;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds a Windows command line from arguments so that the program reads back exactly those
 * arguments. Windows passes one string; programs split it with the rules of CommandLineToArgvW and
 * the C runtime: double quotes group, a backslash is literal except before a quote, and 2n
 * backslashes before a quote are n backslashes (2n+1: n and a literal quote). So a path that ends
 * in a backslash, quoted naively as "C:\Docker\", turns its closing quote into a literal one and
 * swallows the next arguments; here the backslashes before every quote, the closing one included,
 * are doubled.
 */
public final class WindowsArgv {
    private WindowsArgv() {}

    public static String join(List<String> arguments) {
        return arguments.stream().map(WindowsArgv::quote).collect(Collectors.joining(" "));
    }

    public static String quote(String argument) {
        if (!argument.isEmpty()
                && argument.chars()
                        .noneMatch(
                                c ->
                                        c == ' '
                                                || c == '\t'
                                                || c == '\n'
                                                || c == '\u000b'
                                                || c == '"')) {
            return argument;
        }
        StringBuilder out = new StringBuilder("\"");
        int backslashes = 0;
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (c == '\\') {
                backslashes++;
                continue;
            }
            if (c == '"') {
                out.append("\\".repeat(backslashes * 2 + 1)).append('"');
            } else {
                out.append("\\".repeat(backslashes)).append(c);
            }
            backslashes = 0;
        }
        return out.append("\\".repeat(backslashes * 2)).append('"').toString();
    }
}
