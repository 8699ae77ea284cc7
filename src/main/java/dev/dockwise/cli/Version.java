package dev.dockwise.cli;

import dev.dockwise.about.AppInfo;
import dev.dockwise.engine.facts.KnowledgeMeta;
import dev.dockwise.knowledge.KnowledgeBase;
import java.time.LocalDate;
import picocli.CommandLine.IVersionProvider;

/**
 * "dockwise 1.0.0" plus the knowledge base date, which matters more to users than the code version.
 */
public final class Version implements IVersionProvider {

    public static String number() {
        return AppInfo.version();
    }

    @Override
    public String[] getVersion() {
        KnowledgeMeta meta = KnowledgeBase.bundled().meta();
        String knowledge = "knowledge base as of " + meta.asOf();
        return meta.staleOn(LocalDate.now())
                ? new String[] {
                    "dockwise " + number(), knowledge, "warning: " + meta.staleWarning()
                }
                : new String[] {"dockwise " + number(), knowledge};
    }
}
