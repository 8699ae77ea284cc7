package dev.dockwise.cli;

import dev.dockwise.AppInfo;
import dev.dockwise.knowledge.KnowledgeBase;
import picocli.CommandLine.IVersionProvider;

/** "dockwise 1.0.0" plus the knowledge base date, which matters more to users than the code version. */
public final class Version implements IVersionProvider {

    public static String number() {
        return AppInfo.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "dockwise " + number(),
            "knowledge base as of " + KnowledgeBase.bundled().meta().asOf()
        };
    }
}
