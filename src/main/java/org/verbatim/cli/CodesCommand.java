package org.verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.verbatim.model.Code;
import org.verbatim.project.CodeNode;
import org.verbatim.project.CodeTree;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "codes", description = {
    "Show the codebook as a tree with segment counts, import or export it (JSON, or REFI-QDA .qdc), or edit it.",
    "Code paths are written with '/' between names: \"The West/EU\"."},
        subcommands = {CodesCommand.Add.class, CodesCommand.Edit.class, CodesCommand.Rename.class,
            CodesCommand.Move.class, CodesCommand.Merge.class, CodesCommand.Delete.class})
final class CodesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OptionalProjectArg project;

    @Mixin
    FormatOption format;

    @Option(names = "--import", paramLabel = "FILE", description = {"Add the codes of a codebook file: Verbatim's JSON, or a"
            + " REFI-QDA codebook (.qdc). Existing codes are matched by path and their colour and description"
            + " updated."})
    Path importFile;

    @Option(names = "--export", paramLabel = "FILE", description = "Write the codebook to a file: a REFI-QDA codebook"
            + " when the name ends in .qdc (checked against Codebook.xsd), else Verbatim's JSON.")
    Path exportFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project p = project.open("codes")) {
            if (importFile != null) {
                var r = isQdc(importFile) ? p.refi().importCodebook(importFile) : p.importCodebook(importFile);
                out.println("Codebook imported: " + r.created() + " codes created, " + r.updated() + " updated");
                return 0;
            }
            if (exportFile != null) {
                if (isQdc(exportFile)) {
                    p.refi().exportCodebook(exportFile);
                } else {
                    p.exportCodebook(exportFile);
                }
                out.println("Codebook written to " + exportFile);
                return 0;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CodeNode n : p.codes()) {
                Map<String, Object> row = new LinkedHashMap<>();
                if (format.format == FormatOption.Format.table) {
                    row.put("code", "  ".repeat(n.depth()) + n.code().name());
                } else {
                    row.put("path", n.path());
                    row.put("name", n.code().name());
                    row.put("depth", n.depth());
                }
                row.put("segments", n.segments());
                row.put("withSubcodes", n.segmentsWithSubcodes());
                row.put("color", n.code().color());
                row.put("shortcut", n.code().shortcut());
                row.put("description", n.code().description());
                rows.add(row);
            }
            format.print(out, rows, null);
        }
        return 0;
    }

    private static boolean isQdc(java.nio.file.Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".qdc");
    }

    /** The code's path as the codebook shows it, with its colour and shortcut. */
    static String describe(String path, Code c) {
        java.util.List<String> names = new java.util.ArrayList<>(CodeTree.parse(path));
        names.set(names.size() - 1, c.name());
        return String.join(CodeTree.SEPARATOR, names) + " (" + c.color()
                + (c.shortcut() == null ? "" : ", shortcut " + c.shortcut()) + ")";
    }

    /** Options shared by add and edit. */
    static final class Details {
        @Option(names = "--color", paramLabel = "#RRGGBB", description = "The code's colour.")
        String color;

        @Option(names = "--description", paramLabel = "TEXT", description = "Definition, when to use, when not, an example.")
        String description;

        @Option(names = "--shortcut", paramLabel = "KEY", description = "A keyboard shortcut for coding in the window, e.g. Ctrl+1.")
        String shortcut;
    }

    @Command(name = "add", description = "Add a code (and any missing parents).")
    static final class Add extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;
        @Mixin
        Details details;

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                Code c = p.addCode(path, details.color, details.description, details.shortcut);
                out().println("Added code " + describe(path, c));
            }
            return 0;
        }
    }

    @Command(name = "edit", description = "Change a code's colour, description or shortcut (an empty value clears it).")
    static final class Edit extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;
        @Mixin
        Details details;

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                Code c = p.editCode(path, details.color, details.description, details.shortcut);
                out().println("Changed code " + describe(path, c));
            }
            return 0;
        }
    }

    @Command(name = "rename", description = "Rename a code.")
    static final class Rename extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;
        @Parameters(index = "2", paramLabel = "NEW_NAME")
        String newName;

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                Code c = p.renameCode(path, newName);
                out().println("Renamed to " + c.name());
            }
            return 0;
        }
    }

    @Command(name = "move", description = "Move a code with its sub-codes under another code, or to the top with --top.")
    static final class Move extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;
        @Parameters(index = "2", arity = "0..1", paramLabel = "NEW_PARENT")
        String parent;
        @Option(names = "--top", description = "Move to the top level.")
        boolean top;

        @Override
        public Integer call() {
            if ((parent == null) == !top) {
                throw new CliException("Give either NEW_PARENT or --top");
            }
            try (Project p = project.open()) {
                p.moveCode(path, top ? null : parent);
                out().println("Moved " + path + (top ? " to the top level" : " under " + parent));
            }
            return 0;
        }
    }

    @Command(name = "merge", description = "Merge a code into another: its segments and sub-codes move, then it is deleted.")
    static final class Merge extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "SOURCE")
        String source;
        @Parameters(index = "2", paramLabel = "TARGET")
        String target;

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                int moved = p.mergeCodes(source, target);
                out().println("Merged " + source + " into " + target + " (" + moved + " segments moved)");
            }
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete a code and its sub-codes; with segments only when --force is given.")
    static final class Delete extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "PATH")
        String path;
        @Option(names = "--force", description = "Delete the code's segments too.")
        boolean force;

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                int deleted = p.deleteCode(path, force);
                out().println("Deleted " + path + (deleted > 0 ? " and " + deleted + " segments" : ""));
            }
            return 0;
        }
    }
}
