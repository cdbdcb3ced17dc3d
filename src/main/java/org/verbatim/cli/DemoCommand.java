package org.verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.verbatim.project.Project;
import org.verbatim.project.SampleStudy;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", description = {
    "Build the coded sample study in a new project.",
    "21 synthetic transcripts from Nizhny Novgorod, Tomsk and Petrozavodsk, imported with their participants, speaker mapping and codebook, and coded throughout by two coders.",
    "DIR is the project folder to create when it ends in .verbatim; otherwise the project is created inside DIR as 'Sample study.verbatim'."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Where to build the sample project.")
    Path dir;

    @Override
    public Integer call() {
        Path folder = dir.getFileName() != null && dir.getFileName().toString().endsWith(Project.EXTENSION) ? dir
                : dir.resolve(SampleStudy.NAME + Project.EXTENSION);
        if (Files.exists(folder)) {
            throw new CliException(folder + " already exists; remove it or choose another folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        var built = SampleStudy.build(folder, new PrintedProgress(spec.commandLine().getErr()));
        out.println("Built the sample study in " + folder.toAbsolutePath());
        out.println("  " + built.documents() + " documents, " + built.participants() + " participants, "
                + built.codes() + " codes");
        out.println("  " + built.speakersMapped() + " speaker labels mapped to participants"
                + (built.unmapped().isEmpty() ? " (all of them)" : "; not mapped: " + String.join(", ", built.unmapped())));
        try (Project p = Project.open(folder)) {
            var segments = p.segments(SegmentFilter.ALL);
            out.println("  " + segments.size() + " segments; by coder: " + counts(segments, SegmentView::coder)
                    + "; by city: " + counts(segments, s -> s.documentAttributes().getOrDefault("city", "?")));
        }
        out.println("Try: verbatim segments \"" + folder + "\" --code \"Threats/China\" --where city=Tomsk");
        return 0;
    }

    private static String counts(java.util.List<SegmentView> segments, Function<SegmentView, String> key) {
        Map<String, Long> byKey = segments.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        return byKey.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
