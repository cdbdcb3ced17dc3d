package org.verbatim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "memos", description = "List memos, or add and delete them.",
        subcommands = {MemosCommand.Add.class, MemosCommand.Delete.class})
final class MemosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OptionalProjectArg project;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        try (Project p = project.open("memos")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Memo m : p.memos()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", m.id());
                row.put("on", m.target().name().toLowerCase(Locale.ROOT));
                row.put("target", m.targetId());
                row.put("title", m.title());
                row.put("text", m.text());
                row.put("updated", m.updatedAt());
                rows.add(row);
            }
            format.print(spec.commandLine().getOut(), rows, null);
        }
        return 0;
    }

    @Command(name = "add", description = "Add a memo to the project, or --on document:DOC, code:PATH, participant:ID, segment:ID.")
    static final class Add extends ProjectCommand {
        @Option(names = "--on", paramLabel = "KIND:REF", description = "What the memo is about (default: the project).")
        String on;
        @Option(names = "--title", paramLabel = "TITLE")
        String title;
        @Parameters(index = "1", paramLabel = "TEXT")
        String text;

        @Override
        public Integer call() {
            MemoTarget target = MemoTarget.PROJECT;
            String ref = null;
            if (on != null) {
                int colon = on.indexOf(':');
                if (colon <= 0) {
                    throw new CliException("--on takes KIND:REF, e.g. document:3 or code:China/Partner");
                }
                try {
                    target = MemoTarget.valueOf(on.substring(0, colon).strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new CliException("--on: a memo can be on a document, code, participant or segment, not '"
                            + on.substring(0, colon) + "'");
                }
                ref = on.substring(colon + 1);
            }
            try (Project p = project.open()) {
                Memo m = p.addMemo(target, ref, title, text);
                out().println("Added memo " + m.id());
            }
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete a memo by id.")
    static final class Delete extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                p.deleteMemo(id);
                out().println("Deleted memo " + id);
            }
            return 0;
        }
    }
}
