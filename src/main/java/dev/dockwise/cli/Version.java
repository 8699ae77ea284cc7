package dev.dockwise.cli;

import dev.dockwise.knowledge.KnowledgeBase;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** "dockwise 1.0.0" plus the knowledge base date, which matters more to users than the code version. */
public final class Version implements IVersionProvider {

    public static String number() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/dockwise/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "dockwise " + number(),
            "knowledge base as of " + KnowledgeBase.bundled().meta().asOf()
        };
    }
}
