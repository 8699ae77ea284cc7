package dev.dockwise.ui.wizard;

import dev.dockwise.about.AppInfo;
import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.diagnose.Diagnoser;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.report.ReportBuilder;
import dev.dockwise.scripts.ScriptGenerator;

/**
 * The engine's services a window's wizard works with, made once for its {@link WizardSession} and
 * passed to every view model: the advisor, the knowledge it reads, the script generator, the report
 * builder and the troubleshooter. Before, each view model made its own generator, builder or
 * troubleshooter from the advisor the session handed out (two troubleshooters when the setup check
 * and the Troubleshoot page were both used, each reading the error corpus).
 */
public final class WizardServices {
    private final Advisor advisor;
    private final ScriptGenerator scripts;
    private final ReportBuilder reports;
    private Diagnoser troubleshooter;

    public WizardServices(Advisor advisor) {
        this.advisor = advisor;
        this.scripts = new ScriptGenerator(advisor.knowledge(), AppInfo.version());
        this.reports = new ReportBuilder(advisor, AppInfo.version());
    }

    public Advisor advisor() {
        return advisor;
    }

    /** The facts the views show (names of editions, releases, images, modes). */
    public Knowledge knowledge() {
        return advisor.knowledge();
    }

    public ScriptGenerator scripts() {
        return scripts;
    }

    public ReportBuilder reports() {
        return reports;
    }

    /**
     * The troubleshooter, made on first use by whichever thread asks first (the setup check asks on
     * its worker): it reads its error corpus when made, which a session that never troubleshoots
     * does without.
     */
    public synchronized Diagnoser troubleshooter() {
        if (troubleshooter == null) {
            troubleshooter = new Diagnoser(advisor);
        }
        return troubleshooter;
    }
}
