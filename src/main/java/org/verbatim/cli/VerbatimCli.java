package org.verbatim.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.project.DamagedProjectException;
import org.verbatim.project.ProjectException;
import org.verbatim.project.StorageFaults;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code verbatim} command line. Errors meant for the user print as one line on standard
 * error with a non-zero exit; anything unexpected is logged in full and summarised in one line.
 */
@Command(name = "verbatim", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionText.class,
        description = "Qualitative coding of interview and focus-group transcripts.",
        subcommands = {NewCommand.class, DemoCommand.class, ImportCommand.class, DocsCommand.class, ShowCommand.class, RemoveCommand.class,
            ParticipantsCommand.class, SpeakersCommand.class, CodesCommand.class, CodeCommand.class,
            CodingsCommand.class,
            UncodeCommand.class, SegmentsCommand.class, SearchCommand.class, ExportCommand.class, MemosCommand.class,
            CheckCommand.class, BackupCommand.class, RestoreCommand.class, RecoverCommand.class, ReindexCommand.class, EditCommand.class, HistoryCommand.class,
            FrequenciesCommand.class, CrosstabCommand.class, CooccurrenceCommand.class, RetrieveCommand.class,
            MatrixCommand.class, AgreementCommand.class, CompareCommand.class, ReportCommand.class,
            MergeCommand.class, ShareCommand.class, JoinCommand.class, TeamCommand.class, EncryptCommand.class,
            DecryptCommand.class, PasswordCommand.class, CommandLine.HelpCommand.class})
public final class VerbatimCli implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(VerbatimCli.class);

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new VerbatimCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            // One line, like every other error; the full usage is one --help away.
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("verbatim: " + e.getMessage() + " (see: " + failed.getCommandSpec().qualifiedName()
                    + " --help)");
            failed.getErr().flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((thrown, commandLine, parseResult) -> {
            Exception e = DamagedProjectException.explained(thrown);
            java.util.Optional<String> diskFault = StorageFaults.explain(e);
            if (e instanceof ProjectException || e instanceof CliException || diskFault.isPresent()) {
                // Only the command's name: its arguments and message may quote the interviews.
                LOG.info("Command refused: {} ({})", commandLine.getCommandSpec().qualifiedName(),
                        e.getClass().getSimpleName());
                commandLine.getErr().println("verbatim: " + (e instanceof ProjectException || e instanceof CliException
                        ? e.getMessage() : diskFault.get()));
            } else {
                return UnexpectedFailure.report(commandLine.getCommandSpec().qualifiedName(), e, commandLine.getErr());
            }
            commandLine.getErr().flush();
            return 2;
        });
        UnexpectedFailure.keepThreadsQuiet();
        try {
            return cli.execute(args);
        } catch (Throwable e) {
            // Errors (running out of memory above all) pass picocli's handler by.
            return UnexpectedFailure.report("verbatim", e, err);
        }
    }

    /** Runs the command line on the process's standard streams. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        return run(args, out, err);
    }
}
