package dev.dockwise.engine.facts;

import dev.dockwise.engine.model.Mode;
import java.util.List;
import java.util.function.Supplier;

/**
 * Known error messages (errors.json): for each, the patterns that recognise it in normalised text
 * (see {@code ErrorText}), what causes it, how to tell the causes apart, and the fixes.
 */
public record ErrorCatalogue(
        String source,
        List<String> unrecognisedChecks,
        List<Signature> signatures,
        List<ErrorCode> codes,
        HostSignals hostSignals,
        LazyCorpus cases) {

    public ErrorCatalogue {
        unrecognisedChecks = List.copyOf(unrecognisedChecks);
        signatures = List.copyOf(signatures);
        codes = codes == null ? List.of() : List.copyOf(codes);
        hostSignals =
                hostSignals == null ? new HostSignals(List.of(), List.of(), null) : hostSignals;
        cases =
                cases == null
                        ? new LazyCorpus(() -> new CaseCorpus(null, null, List.of(), List.of()))
                        : cases;
    }

    /**
     * The same catalogue with the labelled corpus (error-cases.json) the matcher retrieves from,
     * read when first asked for.
     */
    public ErrorCatalogue withCorpus(Supplier<CaseCorpus> corpus) {
        return new ErrorCatalogue(
                source, unrecognisedChecks, signatures, codes, hostSignals, new LazyCorpus(corpus));
    }

    /**
     * What in a paste shows the host it came from: {@code linux} marks a Linux host running the
     * engine (systemd, /var/run/docker.sock, a distribution's prompt or name), {@code windows}
     * marks Windows, WSL or Docker Desktop (drive paths, .exe, named pipes, HRESULTs). A paste with
     * the first and none of the second is not evidence for a cause that exists only on Windows.
     */
    public record HostSignals(List<String> linux, List<String> windows, String source) {
        public HostSignals {
            linux = linux == null ? List.of() : List.copyOf(linux);
            windows = windows == null ? List.of() : List.copyOf(windows);
        }
    }

    /**
     * The labelled corpus; read on first use, so that commands which never diagnose do not pay for
     * it at start.
     */
    public CaseCorpus corpus() {
        return cases.get();
    }

    /** A corpus read once, when first needed. */
    public static final class LazyCorpus {
        private final Supplier<CaseCorpus> read;
        private volatile CaseCorpus corpus;

        LazyCorpus(Supplier<CaseCorpus> read) {
            this.read = read;
        }

        CaseCorpus get() {
            CaseCorpus c = corpus;
            if (c == null) {
                synchronized (this) {
                    if (corpus == null) {
                        corpus = read.get();
                    }
                    c = corpus;
                }
            }
            return c;
        }
    }

    /**
     * An error code as Microsoft's tables name it (HRESULT, Win32, NTSTATUS, HCS, WSL), so a code
     * the catalogue has no family for still says what it means and which component raised it.
     */
    public record ErrorCode(
            String code, String name, String component, String meaning, String source) {}

    /**
     * Real pasted errors from public threads, each labelled with the family its thread's resolution
     * points to ("none" for errors that are not a Docker-on-Windows cause); the matcher retrieves
     * the nearest of them. {@code calibration} maps the matcher's raw score to the share of answers
     * that were right at that score on the tune split.
     */
    public record CaseCorpus(
            String source,
            CorpusSplit split,
            List<LabelledCase> cases,
            List<CalibrationPoint> calibration,
            List<java.util.Map<String, Integer>> terms) {
        public CaseCorpus {
            cases = cases == null ? List.of() : List.copyOf(cases);
            calibration = calibration == null ? List.of() : List.copyOf(calibration);
            terms = terms == null || terms.size() != cases.size() ? null : List.copyOf(terms);
        }

        public CaseCorpus(
                String source,
                CorpusSplit split,
                List<LabelledCase> cases,
                List<CalibrationPoint> calibration) {
            this(source, split, cases, calibration, null);
        }

        /**
         * The same corpus with each case's terms (the words, word pairs and codes it is compared
         * by) computed when the project was built, so the first diagnosis does not normalise every
         * paste again; null when they were not, or no longer fit these cases.
         */
        public CaseCorpus withTerms(List<java.util.Map<String, Integer>> precomputed) {
            return new CaseCorpus(source, split, cases, calibration, precomputed);
        }
    }

    /**
     * How the corpus was split by thread, and a hash of each side's threads, so a change of the
     * split shows.
     */
    public record CorpusSplit(
            String method, String testThreadsSha256, String trainThreadsSha256, String mined) {}

    /**
     * One paste as it was pasted, its thread ({@code source}: a source tag and the thread), and its
     * family (a signature id, or {@value #NONE}); {@code basis} says whether the label comes from
     * the thread's answer, the reporter's confirmed fix, or the message alone.
     */
    public record LabelledCase(
            String source, String family, String basis, String split, String text) {
        public static final String NONE = "none";

        /** The thread, without its source tag: what the split and leave-one-thread-out go by. */
        public String thread() {
            int space = source.indexOf(' ');
            return space < 0 ? source : source.substring(space + 1);
        }
    }

    /** At raw score {@code score}, this share of answers was right on the tune split. */
    public record CalibrationPoint(double score, double confidence) {}

    /**
     * One known error.
     *
     * <ul>
     *   <li>{@code patterns} recognise the error itself: its message, its code, its {@code Wsl/...}
     *       path.
     *   <li>{@code envelopes} recognise the wrappers it usually arrives in ("Failed to deploy
     *       distro docker-desktop", "hcsshim::CreateComputeSystem", "Error response from daemon").
     *       They only break ties: a wrapper says where an error came from, not what it is.
     *   <li>{@code unless} patterns mark text that belongs to a look-alike error (the same HRESULT
     *       from WSL and from hcsshim): when one matches, the confidence is halved.
     *   <li>{@code likelyOn} and {@code unlikelyOn} are host conditions (see {@code HostCondition})
     *       that raise or lower the confidence when a profile of the host is given.
     *   <li>{@code ceiling}, where the message itself is shared by several causes (a port refused
     *       both when Windows reserved it and when IIS holds it): however much of the message
     *       matches, the confidence stays below it, and the first check tells the causes apart.
     *   <li>{@code lookAlikes}: other errors that print the same message (an HRESULT, "being used
     *       by another process"), each with that message and the check that tells the two apart.
     *   <li>{@code linuxHostToo}: the error is also seen in a paste that shows only a Linux system
     *       (it comes from inside WSL, Docker's VM or a container), so Linux signals say nothing
     *       against it.
     * </ul>
     */
    public record Signature(
            String id,
            String title,
            List<SignaturePattern> patterns,
            List<String> envelopes,
            List<String> unless,
            List<String> likelyOn,
            List<String> unlikelyOn,
            Double ceiling,
            List<LookAlike> lookAlikes,
            Boolean linuxHostToo,
            List<Cause> causes,
            List<String> checks,
            List<String> fixes,
            List<Mode> relatedModes,
            String source) {
        public Signature {
            patterns = List.copyOf(patterns);
            envelopes = envelopes == null ? List.of() : List.copyOf(envelopes);
            unless = unless == null ? List.of() : List.copyOf(unless);
            likelyOn = likelyOn == null ? List.of() : List.copyOf(likelyOn);
            unlikelyOn = unlikelyOn == null ? List.of() : List.copyOf(unlikelyOn);
            causes = List.copyOf(causes);
            checks = List.copyOf(checks);
            fixes = List.copyOf(fixes);
            relatedModes = relatedModes == null ? List.of() : List.copyOf(relatedModes);
            ceiling = ceiling == null ? 1.0 : ceiling;
            lookAlikes = lookAlikes == null ? List.of() : List.copyOf(lookAlikes);
            linuxHostToo = linuxHostToo != null && linuxHostToo;
        }
    }

    /**
     * Another error ({@code id}) that prints the same {@code message} (a regular expression over
     * normalised text), and the {@code check} that tells the two apart.
     */
    public record LookAlike(String id, String message, String check, String source) {}

    /** A regular expression over normalised text and the evidence (0 to 1) a match gives. */
    public record SignaturePattern(String regex, double weight) {}

    /**
     * One cause of an error; {@code on} names the host conditions under which it is the likely one
     * (a VM, a server, Docker Toolbox installed...), so that a profile can put it first.
     */
    public record Cause(String text, List<String> on) {
        public Cause {
            on = on == null ? List.of() : List.copyOf(on);
        }
    }
}
