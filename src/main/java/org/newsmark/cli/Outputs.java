package org.newsmark.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.newsmark.io.OutputFile;
import picocli.CommandLine.Model.CommandSpec;

/** Output files named on the command line: {@code -} is standard output, which then carries nothing else. */
final class Outputs {
    private Outputs() {}

    /** The output a path names; {@code -} writes to this process's standard output. */
    static OutputFile of(Path path) {
        if (path.toString().equals("-")) {
            // The descriptor itself, not System.out: a PrintStream swallows write errors (a full disk
            // behind a redirect would go unnoticed).
            System.out.flush();
            return OutputFile.stream(
                    new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), "standard output");
        }
        return OutputFile.of(path);
    }

    /** Where "wrote ..." goes: standard error when an output is standard output itself, else standard output. */
    static PrintWriter status(CommandSpec spec, Path... outputs) {
        for (Path p : outputs) {
            if (p != null && OutputFile.isStandardOutput(p)) {
                return spec.commandLine().getErr();
            }
        }
        return spec.commandLine().getOut();
    }
}
