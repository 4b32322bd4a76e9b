package org.newsmark.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsmark.service.GuiLauncher;
import picocli.CommandLine;

/** Runs the command line in-process and keeps what it printed. */
public final class CliRunner {
    /** A launcher that records its calls instead of opening a window. */
    public static final class FakeLauncher implements GuiLauncher {
        public final List<String> calls = new ArrayList<>();
        public boolean headless;

        @Override
        public void open(Optional<Path> project, Optional<String> annotator) throws UnavailableException {
            if (headless) {
                throw new UnavailableException("no display (DISPLAY is not set or cannot be opened)");
            }
            calls.add(project.map(Path::toString).orElse("-") + " " + annotator.orElse("-"));
        }
    }

    public record Result(int code, String out, String err) {}

    private CliRunner() {}

    public static Result run(String... args) {
        return run(new FakeLauncher(), args);
    }

    public static Result run(GuiLauncher launcher, String... args) {
        CommandLine cl = NewsmarkCommand.commandLine(launcher);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
