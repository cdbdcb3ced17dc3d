package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code new --encrypt}, {@code encrypt}, {@code decrypt} and {@code password}, and every other
 * command on an encrypted project, with the password from VERBATIM_PASSWORD or typed at the prompt.
 */
class CliEncryptionTest {
    @TempDir
    Path dir;

    private final Map<String, String> environment = new HashMap<>();
    private final Deque<String> typed = new ArrayDeque<>();
    private final List<String> prompts = new java.util.ArrayList<>();

    @BeforeEach
    void scriptThePasswordSources() {
        PasswordSource.environment = environment::get;
        PasswordSource.terminal = prompt -> {
            prompts.add(prompt);
            return typed.isEmpty() ? null : typed.pop().toCharArray();
        };
    }

    @AfterEach
    void restoreThem() {
        PasswordSource.environment = System::getenv;
        PasswordSource.terminal = prompt -> System.console() == null ? null : System.console().readPassword("%s", prompt);
    }

    private Path transcript() throws IOException {
        Path file = dir.resolve("TOM-semi-99.txt");
        Files.writeString(file, "Interviewer: And China?\n\nAnna: China is a partner for Siberia.\n");
        return file;
    }

    @Test
    void everyCommandOnAnEncryptedProjectTakesThePasswordFromTheEnvironment() throws IOException {
        Path folder = dir.resolve("study.verbatim");
        environment.put("VERBATIM_PASSWORD", "s3cret words");

        assertThat(Cli.ok("new", folder, "--encrypt").out()).startsWith("Created encrypted project study");
        Cli.ok("import", folder, transcript());
        Cli.ok("code", folder, "TOM-semi-99.txt", "--code", "China/Partner", "--quote", "a partner for Siberia");
        assertThat(Cli.ok("search", folder, "siberia").out()).contains("Siberia");
        assertThat(Cli.ok("segments", folder).out()).contains("a partner for Siberia");
        assertThat(prompts).isEmpty();

        environment.put("VERBATIM_PASSWORD", "wrong");
        Cli.Result refused = Cli.run("segments", folder);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.errLines()).containsExactly(
                "verbatim: Wrong password for project study.verbatim; nothing was opened or changed");
        assertThat(refused.out()).isEmpty();
    }

    @Test
    void thePasswordIsAskedAtThePromptAndANewOneTwice() throws IOException {
        Path folder = dir.resolve("typed.verbatim");
        typed.addAll(List.of("first try", "different"));
        Cli.Result mismatch = Cli.run("new", folder, "--encrypt");
        assertThat(mismatch.exit()).isEqualTo(2);
        assertThat(mismatch.errLines()).containsExactly("verbatim: The two passwords differ; nothing was changed");
        assertThat(folder).doesNotExist();

        typed.addAll(List.of("open sesame", "open sesame"));
        Cli.ok("new", folder, "--encrypt");
        assertThat(prompts).containsSubsequence("New password for typed.verbatim: ", "The new password again: ");

        prompts.clear();
        typed.add("open sesame");
        Cli.ok("import", folder, transcript());
        assertThat(prompts).containsExactly("Password for typed.verbatim: ");

        Cli.Result noTerminal = Cli.run("docs", folder);
        assertThat(noTerminal.exit()).isEqualTo(2);
        assertThat(noTerminal.errLines()).containsExactly("verbatim: Project typed.verbatim needs a password: run the"
                + " command in a terminal to be asked for it, or set VERBATIM_PASSWORD in a script");
    }

    @Test
    void encryptChangeThePasswordAndDecrypt() throws IOException {
        Path folder = dir.resolve("plain.verbatim");
        Cli.ok("new", folder);
        Cli.ok("import", folder, transcript());
        Cli.ok("code", folder, "TOM-semi-99.txt", "--code", "China/Partner", "--quote", "a partner for Siberia");
        String segments = Cli.ok("segments", folder).out();

        environment.put("VERBATIM_PASSWORD", "first");
        assertThat(Cli.ok("encrypt", folder).out()).startsWith("Encrypted plain.verbatim");
        assertThat(Cli.ok("segments", folder).out()).isEqualTo(segments);
        Cli.Result again = Cli.run("encrypt", folder);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.errLines()).singleElement().asString().contains("is already encrypted");

        environment.put("VERBATIM_NEW_PASSWORD", "second");
        assertThat(Cli.ok("password", folder).out()).isEqualTo("Changed the password of plain.verbatim\n");
        Cli.Result old = Cli.run("docs", folder);
        assertThat(old.exit()).isEqualTo(2);
        assertThat(old.err()).startsWith("verbatim: Wrong password");

        environment.put("VERBATIM_PASSWORD", "second");
        assertThat(Cli.ok("segments", folder).out()).isEqualTo(segments);
        assertThat(Cli.ok("decrypt", folder).out()).startsWith("Decrypted plain.verbatim");
        environment.clear();
        assertThat(Cli.ok("segments", folder).out()).isEqualTo(segments);
        Cli.Result notEncrypted = Cli.run("decrypt", folder);
        assertThat(notEncrypted.errLines()).containsExactly("verbatim: Project plain.verbatim is not encrypted");
    }

    /** The real thing: a separate process that reads VERBATIM_PASSWORD from its environment. */
    @Test
    void aScriptGivesThePasswordInTheEnvironmentVariable() throws Exception {
        Path folder = dir.resolve("script.verbatim");
        environment.put("VERBATIM_PASSWORD", "from a script");
        Cli.ok("new", folder, "--encrypt");
        Cli.ok("import", folder, transcript());

        assertThat(child(folder, "from a script")).contains("TOM-semi-99.txt");
        assertThat(child(folder, "not it")).isEqualTo(
                "verbatim: Wrong password for project script.verbatim; nothing was opened or changed\n");
    }

    private static String child(Path folder, String password) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.verbatim.Launcher", "docs", folder.toString())
                .redirectErrorStream(true);
        builder.environment().put("VERBATIM_PASSWORD", password);
        Process p = builder.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
