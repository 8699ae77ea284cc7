/**
 * The troubleshooter: {@link Diagnoser} recognises a pasted error or a log against the error
 * catalogue and ranks the known errors it matches, with advice for the host of a profile ({@link
 * HostAdvice}); {@link PasteCleaner}, {@link ErrorText}, {@link QuickPattern} and {@link
 * RequiredLiterals} keep it bounded on logs of megabytes. Pure Java, as the whole engine is;
 * depends on {@code engine}, {@code engine.model}, {@code facts}, {@code result} and {@code rules}
 * (to read a host as the advisor does). The step views and the shell may not use it
 * (ArchitectureTest.viewsLeaveTheEngineToTheViewModels); the troubleshooter's view model does.
 */
package dev.dockwise.engine.diagnose;
