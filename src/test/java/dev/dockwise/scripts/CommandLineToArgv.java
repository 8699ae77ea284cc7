package dev.dockwise.scripts;

import java.util.ArrayList;
import java.util.List;

/**
 * A model of how a Windows program splits its command line (CommandLineToArgvW, and the C runtime
 * since 2008), for the arguments after the program name: white space separates arguments outside
 * quotes; a quote toggles quoting; 2n backslashes before a quote give n backslashes and the quote
 * acts, 2n+1 give n and a literal quote; backslashes elsewhere are literal; inside quotes, two
 * quotes in a row give one literal quote and quoting continues.
 */
public final class CommandLineToArgv {
    private CommandLineToArgv() {}

    public static List<String> split(String commandLine) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        boolean inArgument = false;
        int i = 0;
        int n = commandLine.length();
        while (i < n) {
            char c = commandLine.charAt(i);
            if (!inQuotes && (c == ' ' || c == '\t')) {
                if (inArgument) {
                    args.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
                i++;
                continue;
            }
            inArgument = true;
            if (c == '\\') {
                int start = i;
                while (i < n && commandLine.charAt(i) == '\\') {
                    i++;
                }
                int count = i - start;
                if (i < n && commandLine.charAt(i) == '"') {
                    current.append("\\".repeat(count / 2));
                    if (count % 2 == 1) {
                        current.append('"');
                        i++;
                    }
                } else {
                    current.append("\\".repeat(count));
                }
                continue;
            }
            if (c == '"') {
                if (inQuotes && i + 1 < n && commandLine.charAt(i + 1) == '"') {
                    current.append('"');
                    i += 2;
                    continue;
                }
                inQuotes = !inQuotes;
                i++;
                continue;
            }
            current.append(c);
            i++;
        }
        if (inArgument) {
            args.add(current.toString());
        }
        return args;
    }
}
